import { formatMonth } from "../../src/domain/calendar/days";
import { describeProblem } from "../../src/workbook/problems";
import {
  block,
  removeFolder,
  ScannedFixture,
  scanFixture,
  sheetOf,
  tempFolder,
} from "./fixtureFiles";

/**
 * test/fixtures/xlsx/messy.xlsx (made by scripts/makeXlsxFixtures.js): a workbook laid out as docs/workbook.md
 * describes, messy within that contract — titles and notes above the headers, headers in odd case with
 * units and line breaks, sheet aliases, an Excel table, merged titles, hidden rows and columns, dates as
 * dates and as UK text, `95.2%`, percentage-formatted cells, `£12,300`, `1,234`, spaces and non-breaking
 * spaces, formulas, error values — with one bad cell of each kind. Every bad cell is named with its
 * address; the good cells around it are read.
 */
let folder: string;
let scanned: ScannedFixture;

beforeAll(async () => {
  folder = await tempFolder();
  scanned = await scanFixture("messy.xlsx", folder);
});
afterAll(() => removeFolder(folder));

const POLARITIES = "Higher is better, Lower is better or Context only";
const GROUPS = "Tenants' Forum, Silver Service Forum, General, Deputy or Co-optee";

describe("messy.xlsx: every bad cell is a problem with its address", () => {
  it("names exactly these cells, and no others", () => {
    const problems = scanned.result.problems.map(describeProblem);
    expect([...problems].sort()).toEqual(
      [
        // members_ (an Excel table under a merged title): a group that is not one, no such date,
        // an error value, an answer that is not Y or N
        `members_!B10: "Resident" is not a group: choose ${GROUPS}`,
        `members_!D11: "31/02/2026" is not a date: type it as dd/mm/yyyy`,
        "members_!E11: the error #N/A is not a number",
        `members_!F11: "maybe" is not Y or N`,
        // attendance register: marks that are not P, A, R, - or blank (text and a number)
        `'attendance register'!D6: "Y" is not an attendance mark: use P, A, R, - or leave it blank`,
        `'attendance register'!E7: 1 is not an attendance mark: use P, A, R, - or leave it blank`,
        // Meeting dates: an error value as a date, a type that is not one
        "'Meeting dates'!C11: the error #DIV/0! is not a date",
        `'Meeting dates'!B12: "Extraordinary" is not a meeting type: choose Main, Interim, Sub-panel or Cancelled; read as Main meanwhile`,
        // …and a formula whose cached result is #N/A, in a date-formatted cell (as Excel saves a
        // VLOOKUP that found nothing)
        "'Meeting dates'!C14: the error #N/A is not a date",
        // KPI - Rent (long): text and an error value as actuals, a period that is not a month, an
        // unknown indicator with its Polarity blank, a polarity that is not one
        `'KPI - Rent'!C7: "n/a" is not a number`,
        "'KPI - Rent'!C8: the error #N/A is not a number",
        `'KPI - Rent'!B10: "Q3" is not a month: write it as Apr-26, April 2026 or 2026-04`,
        `'KPI - Rent'!E15: "Tenant cake satisfaction" is not an indicator the add-in knows: fill in its Polarity (${POLARITIES})`,
        `'KPI - Rent'!E17: "Up-ish" is not a polarity: choose ${POLARITIES}`,
        // Repairs KPIs (wide): text and an error value as actuals, a tolerance that is not one, an
        // unknown indicator with its Polarity blank, figures without an indicator, a bad month header
        `'Repairs KPIs (wide)'!H4: "n/a" is not a number`,
        "'Repairs KPIs (wide)'!I4: the error #DIV/0! is not a number",
        `'Repairs KPIs (wide)'!F5: "about 5" is not a tolerance: give a number in the target's unit, or a percentage of the target such as 5%.`,
        `'Repairs KPIs (wide)'!D6: "Cake index" is not an indicator the add-in knows: fill in its Polarity (${POLARITIES})`,
        "'Repairs KPIs (wide)'!A8: these figures have no indicator name: fill it in or clear the row",
        // a month header that is no month (there is no 31 September): its figures would be dropped unseen
        `'Repairs KPIs (wide)'!M2: "31/09/2026" is not a month: write it as Apr-26, April 2026 or 2026-04`,
        // KPI - ASB: an unknown indicator on a sheet with no Polarity column
        `'KPI - ASB'!A3: "Community events held" is not an indicator the add-in knows and has no polarity: add a Polarity column saying ${POLARITIES}`,
        // …and NM01 given as one figure: the TSM publication check asks for both parts
        "'KPI - ASB'!E2: NM01(1) (Anti-social behaviour cases opened per 1,000 homes) is not reported: the Regulator publishes NM01 in two parts, and NM01 is at 'KPI - ASB'!E2",
        "'KPI - ASB'!E2: NM01(2) (Anti-social behaviour cases that involve hate incidents opened per 1,000 homes) is not reported: the Regulator publishes NM01 in two parts, and NM01 is at 'KPI - ASB'!E2",
        // Repairs KPIs (wide): TP01 with no survey size, here or on a TSM survey sheet
        "'Repairs KPIs (wide)'!B3: TP01 has no survey responses or population: give the survey's Responses and Population so the margin of error can be worked out",
        // Review programme: a panel year and a date that are not
        `'Review programme'!B4: "next year" is not a panel year: write it as 2026/27 or as the start year 2026.`,
        `'Review programme'!E5: "soon" is not a date: type it as dd/mm/yyyy`,
        // Recommendations, Complaints log
        `Recommendations!C3: "perhaps" is not Y or N`,
        `'Complaints log'!A7: "yesterday" is not a date: type it as dd/mm/yyyy`,
        // a formula whose cached result is text, in a date-formatted cell
        `'Complaints log'!A9: "tbc" is not a date: type it as dd/mm/yyyy`,
      ].sort()
    );
  });

  // The same three cells one by one, so each shows on its own.
  const problemAt = (address: string) =>
    scanned.result.problems.filter((p) => p.address === address).map(describeProblem);

  it("names a formula's cached #N/A in a date-formatted cell (Excel's way of saving a failed VLOOKUP)", () => {
    expect(problemAt("'Meeting dates'!C14")).toEqual([
      "'Meeting dates'!C14: the error #N/A is not a date",
    ]);
  });

  it("names a formula's cached text in a date-formatted cell as that text, not as a blank", () => {
    expect(problemAt("'Complaints log'!A9")).toEqual([
      `'Complaints log'!A9: "tbc" is not a date: type it as dd/mm/yyyy`,
    ]);
  });

  it("names a wide sheet's month header that is no month, rather than drop its figures unseen", () => {
    expect(problemAt("'Repairs KPIs (wide)'!M2")).toEqual([
      `'Repairs KPIs (wide)'!M2: "31/09/2026" is not a month: write it as Apr-26, April 2026 or 2026-04`,
    ]);
  });

  it("lists problems sheet by sheet, in the workbook's order", () => {
    const sheets = scanned.result.problems.map((p) => p.sheet);
    const order = scanned.saved.worksheets.map((s) => s.name);
    const positions = sheets.map((sheet) => order.indexOf(sheet));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe("messy.xlsx: the good cells around the bad ones are read", () => {
  it("reads every member with a known group: table, aliases, hidden row, text dates and percentages", () => {
    const members = Object.fromEntries(
      scanned.result.findings.members.map((m) => [m.name, `${m.group} | ${m.status}`])
    );
    expect(members).toEqual({
      "Pat Jones": "Tenants' Forum | Active", // 0.9 in a 0% cell is 90%; rich text on the register
      "Amir Khan": "Tenants' Forum | Active", // "95.2%" as text
      "Bernadette O'Leary": "General | Active", // " 85 "
      "Chen Wei": "Silver Service Forum | Active", // "80 %" with a non-breaking space
      "Doris Smith": "General | Active", // a hidden row
      "Fatima Begum": "General | Active",
      "George Evans": "Deputy | Active", // =0.4*2 in a 0% cell; TRUE as Tenant
      "Hannah Wright": "Tenants' Forum | Training incomplete", // "75%"
    });
    const hannah = scanned.result.findings.members.find((m) => m.name === "Hannah Wright");
    expect(hannah?.reasons).toEqual([
      "training 75% of the 80% needed before full membership (§4.5)",
    ]);
  });

  it("reads start dates as dates and as UK text: membership grows when Bernadette O'Leary joins on 09/03/2026", () => {
    const byDate = scanned.result.findings.meetings.map((m) => [
      m.type,
      m.membership,
      m.present ?? null,
      m.quorate ?? null,
      m.notice ?? null,
    ]);
    expect(byDate).toEqual([
      // 14/10/2025 (a date header), Doris Smith starts that day: Pat, Amir, Chen, Doris, Fatima, Hannah
      ["Main", 6, 4, true, null],
      ["Main", 6, 4, true, null], // 11/11/2025: "11/11/2025" on both sheets; "p" is present
      ["Main", 6, 5, true, null], // 09/12/2025: "9 Dec 2025" / "09/12/2025"; " P " is present
      ["Main", 6, 4, true, null], // 13/01/2026: "2026-01-13" / =A4+91; Chen Wei's 1 is skipped
      ["Main", 6, 3, true, null], // 10/02/2026: =B3+119 on the register; 18:30 on Meetings
      ["Interim", 6, null, null, "OK"], // 24/02/2026, notice "16/02/2026": 5 clear working days
      ["Main", 7, 5, true, null], // 10/03/2026: a hidden column; Doris Smith's hidden row counts
      ["Interim", 7, null, null, null], // 17/03/2026: notice #DIV/0!
      ["Main", 7, null, null, null], // 14/04/2026: "Extraordinary", read as Main
      ["Interim", 7, null, null, null], // 19/05/2026: notice =VLOOKUP(…) gave #N/A
      ["Main", 7, null, null, null], // 08/12/2026: not yet held
    ]);
    expect(scanned.result.findings.meetings.filter((m) => m.held)).toHaveLength(10);
  });

  it("reads the long KPI sheet: %, percentage cells, a formula target, inherited targets, a hidden row, £ and 1,234", () => {
    const kpis = scanned.result.findings.kpis.filter((k) => k.sheet === "KPI - Rent");
    expect(kpis.map((k) => [k.indicator, k.status ?? null, k.latest?.actual ?? null])).toEqual([
      ["Rent collected", "Near miss", 96],
      ["Current arrears (£)", "Missed", 12300],
      ["Tenancies in arrears", "Met", 1234],
      ["Tenant cake satisfaction", null, null],
      ["Garage rent collected", null, null],
    ]);
    const rent = kpis[0]!;
    expect(
      rent.periods.map((p) => [formatMonth(p.period), p.actual ?? null, p.target ?? null])
    ).toEqual([
      ["Apr 2026", 95.2, 98], // "95.2%", target =G2*2
      ["May 2026", 96.8, 98], // 0.968 in a 0.0% cell; blank target inherited
      ["Jun 2026", null, 98], // "n/a"
      ["Jul 2026", null, 98], // #N/A
      ["Aug 2026", 97.1, 98], // " 97.1 ", target "98%"
      ["Sep 2026", 96, 98], // a hidden row
      ["Oct 2026", null, 98], // left blank: No data
    ]);
    expect(kpis[1]?.latest?.target).toBe(10000); // "£10,000"
    expect(kpis[2]?.latest?.target).toBe(1500); // "1 500" with a non-breaking space
  });

  it("reads the wide KPI sheet: month headers as text and as a date, a hidden month, %, spaces", () => {
    const kpis = scanned.result.findings.kpis.filter((k) => k.sheet === "Repairs KPIs (wide)");
    expect(kpis.map((k) => [k.indicator, k.code ?? null, k.status ?? null])).toEqual([
      ["Overall satisfaction", "TP01", "Near miss"],
      ["Repairs completed right first time", "REPAIRS-FIRST-TIME", "Met"],
      ["Average days to complete a repair", null, "Near miss"],
      ["Cake index", null, null],
    ]);
    const actuals = (indicator: string) =>
      kpis
        .find((k) => k.indicator === indicator)
        ?.periods.map((p) => [formatMonth(p.period), p.actual ?? null, p.target ?? null]);
    expect(actuals("Overall satisfaction")).toEqual([
      ["Apr 2026", 71, 75], // "71.0%", target "75%"
      ["May 2026", 73, 75], // 0.73 in a 0.0% cell
      ["Jun 2026", 74.5, 75], // " 74.5 " under a date header
      ["Jul 2026", 72, 75], // a hidden column
      ["Aug 2026", 73.9, 75], // "August 2026"; non-breaking spaces
      ["Sep 2026", 74, 75],
    ]);
    // the row's tolerance "2%" is 2% of the target, 1.5: 73 is missed, 74 a near miss
    const satisfaction = kpis.find((k) => k.indicator === "Overall satisfaction");
    expect(satisfaction?.periods.map((p) => p.status)).toEqual([
      "Missed",
      "Missed",
      "Near miss",
      "Missed",
      "Near miss",
      "Near miss",
    ]);
    expect(actuals("Repairs completed right first time")).toEqual([
      ["Apr 2026", 88, 90], // within the row's own tolerance of 2: a near miss
      ["May 2026", null, 90],
      ["Jun 2026", null, 90],
      ["Jul 2026", 91, 90],
      ["Aug 2026", 92, 90],
      ["Sep 2026", 93, 90],
    ]);
    const repairs = kpis.find((k) => k.indicator === "Repairs completed right first time");
    expect(repairs?.periods[0]?.status).toBe("Near miss");
    // =ROUND(E4/9,0) is 10; the bad tolerance falls back to the default 5%: 10.4 is a near miss
    expect(actuals("Average days to complete a repair")?.[5]).toEqual(["Sep 2026", 10.4, 10]);
  });

  it("reads the ASB sheet's alias headers and takes NM01's polarity from the catalogue", () => {
    const asb = scanned.result.findings.kpis.filter((k) => k.sheet === "KPI - ASB");
    expect(asb.map((k) => [k.indicator, k.status ?? null, k.latest?.actual ?? null])).toEqual([
      ["ASB cases per 1,000 homes", "Context only", 13.1],
      ["Community events held", null, null],
    ]);
  });

  it("raises the triggers the good figures make, and the complaints theme from text dates", () => {
    expect(scanned.result.findings.triggers.map((t) => t.key)).toEqual([
      "Responsive: RENT-COLLECTED",
      "Responsive: CURRENT-ARREARS-GBP",
      "Responsive: TP01",
      "Responsive: Average days to complete a repair",
      "Customer complaints: Damp and mould",
    ]);
    // 6: dates as dates and as text ("15/09/2026", "6 Oct 2026", "2026-11-18", "03/11/2026" read as 3
    // November, never as 11 March); "damp and mould" in lower case is the same theme
    const damp = scanned.result.findings.triggers[4];
    expect(damp?.evidence).toBe(
      "6 complaints about Damp and mould received 24/08/2026 to 23/11/2026 (§11.2)"
    );
  });

  it("reads reviews and recommendations around their bad cells", () => {
    expect(scanned.result.findings.reviews.map((r) => [r.review, r.panelYear, r.overdue])).toEqual([
      ["Repairs review", 2026, true], // a hyperlink; information requested 01/10/2026: due 29/10/2026
      ["Voids review", 2026, false], // 2026 as a number; received "18/11/2026"
      ["Complaints review", 2026, false], // "soon"
    ]);
    expect(
      scanned.result.findings.recommendations.map((r) => [r.recommendation, r.accepted ?? null])
    ).toEqual([
      ["Text tenants an appointment time", true],
      ["Publish repair times", null],
    ]);
  });

  it("writes Status and Reason beside the Members table, row by row", () => {
    const members = sheetOf(scanned.saved, "members_");
    expect(block(members, [4, 13], [9, 10])).toEqual([
      ["Status", "Reason"],
      ["Active", null],
      ["Active", null],
      ["Active", null],
      ["Active", null],
      ["Active", null],
      [null, null], // Emeka Obi: not read ("Resident" is not a group)
      ["Active", null],
      ["Active", null],
      ["Training incomplete", "training 75% of the 80% needed before full membership (§4.5)"],
    ]);
  });

  it("writes the computed columns of Meetings, Reviews and Recommendations under their own headers", () => {
    const meetings = sheetOf(scanned.saved, "Meeting dates");
    expect(block(meetings, [3, 5], [5, 8])).toEqual([
      ["Present", "Membership", "Quorate", "Notice"],
      [4, 6, "Yes", null],
      [4, 6, "Yes", null],
    ]);
    const reviews = sheetOf(scanned.saved, "Review programme");
    expect(block(reviews, [1, 3], [8, 9])).toEqual([
      ["Next deadline", "Overdue"],
      ["29/10/2026", "Yes"],
      [null, "No"],
    ]);
    const recommendations = sheetOf(scanned.saved, "Recommendations");
    expect(block(recommendations, [1, 3], [6, 6])).toEqual([
      ["Impact assessment due"],
      ["01/10/2026"],
      ["15/11/2026"],
    ]);
  });

  it("reports the same problems, and plans nothing, when the saved workbook is scanned again", () => {
    expect(scanned.rescan.problems.map(describeProblem).sort()).toEqual(
      scanned.result.problems.map(describeProblem).sort()
    );
    expect(scanned.rescan.plan.sheets.filter((s) => s.create || s.writes.length > 0)).toEqual([]);
  });
});
