import { DEMO_AS_OF, demoWorkbook } from "../../src/demo/demoWorkbook";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { removeFolder, tempFolder } from "../hosts/xlsx/xlsxFiles";
import { HOST_NAMES } from "./hostRuns";
import {
  decide,
  deleteTrigger,
  RELET,
  RENT,
  reverseTriggers,
  rowsWithKey,
  setRent,
  TP09,
  triggerRows,
} from "./panelEdits";
import { scanThrough } from "./rescans";

/**
 * docs/workbook.md, Triggers: `Panel decision` and `Panel notes` are the panel's, "which a rescan never
 * changes"; docs/rules.md §11.3: triggers are matched by key, none duplicated, none deleted by the add-in
 * (one that stops firing is kept, marked "No longer triggered"). Played through each host: the panel
 * edits the sheet between scans as it would in Excel.
 */
const RELET_NAME = "Average re-let time (days)";
const RENT_NAME = "Rent collected as % of rent due";

describe.each(HOST_NAMES)("the panel's columns on Triggers, through the %s host", (host) => {
  let folder: string;
  beforeAll(async () => {
    folder = await tempFolder();
  });
  afterAll(() => removeFolder(folder));

  const scanned = (sheets: MemorySheet[], asOf = DEMO_AS_OF) =>
    scanThrough(host, sheets, asOf, folder);

  /** The demo after its first scan, with the panel's decisions and notes on three triggers. */
  async function decided(): Promise<MemorySheet[]> {
    const sheets = await scanned(demoWorkbook());
    decide(sheets, RELET, "Discussed", "Ask the voids team about contractor delays");
    decide(sheets, RENT, "Declined", "Covered by the 2025/26 income review");
    decide(sheets, TP09, "New", "Wait for the next survey");
    return sheets;
  }

  const panelOf = (sheets: MemorySheet[], key: string) =>
    rowsWithKey(sheets, key).map(({ decision, notes }) => ({ decision, notes }));

  it("survive the panel sorting the rows the other way round, with new figures to write", async () => {
    const sheets = await decided();
    reverseTriggers(sheets);
    const order = triggerRows(sheets).map((row) => row.key);
    setRent(sheets, RELET_NAME, "Oct-26", 45); // the evidence on the moved row changes
    const after = await scanned(sheets);
    expect(triggerRows(after).map((row) => row.key)).toEqual(order);
    expect(panelOf(after, RELET)).toEqual([
      { decision: "Discussed", notes: "Ask the voids team about contractor delays" },
    ]);
    expect(panelOf(after, RENT)).toEqual([
      { decision: "Declined", notes: "Covered by the 2025/26 income review" },
    ]);
    expect(panelOf(after, TP09)).toEqual([{ decision: "New", notes: "Wait for the next survey" }]);
    expect(rowsWithKey(after, RELET)[0]?.evidence).toContain("Oct 2026 45 days");
  });

  // A deleted row that still fires comes back as New, at the bottom, with no notes: §11.3 has the
  // panel discuss every trigger, so one that still fires must be on the sheet; the deleted notes were
  // the panel's to delete. One that no longer fires stays gone: the add-in only ever adds rows for
  // triggers that fire, and marks (never re-creates) those it already lists.
  it("bring a deleted trigger that still fires back as New, leaving the other rows' alone", async () => {
    const sheets = await decided();
    deleteTrigger(sheets, RELET);
    const after = await scanned(sheets);
    expect(panelOf(after, RELET)).toEqual([{ decision: "New", notes: null }]);
    expect(triggerRows(after).at(-1)?.key).toBe(RELET);
    expect(panelOf(after, RENT)).toEqual([
      { decision: "Declined", notes: "Covered by the 2025/26 income review" },
    ]);
    expect(panelOf(after, TP09)).toEqual([{ decision: "New", notes: "Wait for the next survey" }]);
  });

  it("keep a deleted trigger gone once it no longer fires", async () => {
    const sheets = await decided();
    setRent(sheets, RELET_NAME, "Oct-26", 25); // October now meets the 28-day target
    const marked = await scanned(sheets);
    expect(rowsWithKey(marked, RELET)[0]?.evidence).toMatch(/^No longer triggered at the scan of/);
    expect(panelOf(marked, RELET)).toEqual([
      { decision: "Discussed", notes: "Ask the voids team about contractor delays" },
    ]);
    deleteTrigger(marked, RELET);
    const rows = triggerRows(marked).length;
    const after = await scanned(marked, DEMO_AS_OF + 7);
    expect(rowsWithKey(after, RELET)).toEqual([]);
    expect(triggerRows(after).length).toBe(rows);
  });

  it("stay on the old row when an indicator without a code is renamed; the new name is a new trigger", async () => {
    const sheets = await decided();
    const renamed = "Average days to re-let an empty home";
    setRent(sheets, RELET_NAME, "Polarity", "Lower is better"); // the catalogue knew the old name only
    setRent(sheets, RELET_NAME, "Indicator", renamed);
    const after = await scanned(sheets);
    const [old] = rowsWithKey(after, RELET);
    expect(old?.evidence).toMatch(
      /^No longer triggered at the scan of 23\/11\/2026\. Earlier evidence: Worse than target/
    );
    expect(old?.indicator).toBe(RELET_NAME);
    expect(panelOf(after, RELET)).toEqual([
      { decision: "Discussed", notes: "Ask the voids team about contractor delays" },
    ]);
    const added = rowsWithKey(after, `Responsive: ${renamed}`);
    expect(added.map(({ indicator, decision, notes }) => ({ indicator, decision, notes }))).toEqual(
      [{ indicator: renamed, decision: "New", notes: null }]
    );
  });

  it("stay on the same row when an indicator with a code is renamed: the key is the code", async () => {
    const sheets = await decided();
    setRent(sheets, RENT_NAME, "Indicator", "Rent collected (as % of rent due)");
    const rows = triggerRows(sheets).length;
    const after = await scanned(sheets);
    expect(rowsWithKey(after, RENT).map((row) => row.indicator)).toEqual([
      "Rent collected (as % of rent due)",
    ]);
    expect(panelOf(after, RENT)).toEqual([
      { decision: "Declined", notes: "Covered by the 2025/26 income review" },
    ]);
    expect(triggerRows(after).length).toBe(rows);
  });
});
