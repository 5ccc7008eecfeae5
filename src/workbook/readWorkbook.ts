import { PanelSettings } from "../domain/settings";
import { claimedSheet, OWNED_SHEETS, withClaimedColumns } from "./claims";
import { ColumnDefinition, findsSheet, headersOf, SheetDefinition } from "./definition";
import { Grid, locateTable, TableLayout } from "./grid";
import { Problem } from "./problems";
import { AttendanceRead, readAttendance } from "./readers/attendance";
import { readComplaints } from "./readers/complaints";
import { readHazards } from "./readers/hazards";
import { readBenchmarks, readTsmSurvey } from "./readers/benchmarks";
import { readInvolvement } from "./readers/involvement";
import { readKpiSheet } from "./readers/kpi";
import { IndicatorsRead, withoutRepeatedIndicators } from "./readers/kpiRepeats";
import { readMeetings } from "./readers/meetings";
import { readMembers } from "./readers/members";
import { readRecommendations } from "./readers/recommendations";
import { readReviews } from "./readers/reviews";
import { readTenantProfile } from "./readers/tenantProfile";
import { copyOfDefaults, readSettings } from "./readers/settings";
import { readTriggers } from "./readers/triggers";
import {
  BenchmarkRecord,
  ComplaintRecord,
  HazardRowRecord,
  InvolvementRecord,
  KpiSheetRead,
  MeetingRecord,
  MemberRecord,
  RecommendationRecord,
  ReviewRecord,
  TableRead,
  TenantProfileRead,
  TriggerRecord,
  TsmSurveyRecord,
} from "./records";
import {
  ATTENDANCE,
  BENCHMARKS,
  COMPLAINTS,
  HAZARDS,
  INVOLVEMENT,
  KPI,
  KPI_STATUS,
  MEETINGS,
  MEMBERS,
  RECOMMENDATIONS,
  REVIEWS,
  SETTINGS,
  SUMMARY,
  TENANT_PROFILE,
  TRIGGERS,
  TSM_SURVEY,
  YOU_SAID_WE_DID,
} from "./sheets";
import { WorkbookSnapshot } from "./snapshot";

type KeyOf<D> = D extends SheetDefinition<infer K> ? K : never;

/** Everything the engine needs from a workbook, typed; absent sheets are undefined. */
export interface PanelWorkbook {
  members?: TableRead<KeyOf<typeof MEMBERS>, MemberRecord>;
  attendance?: { layout: TableLayout<KeyOf<typeof ATTENDANCE>> } & AttendanceRead;
  meetings?: TableRead<KeyOf<typeof MEETINGS>, MeetingRecord>;
  reviews?: TableRead<KeyOf<typeof REVIEWS>, ReviewRecord>;
  recommendations?: TableRead<KeyOf<typeof RECOMMENDATIONS>, RecommendationRecord>;
  complaints?: TableRead<KeyOf<typeof COMPLAINTS>, ComplaintRecord>;
  /** The Hazards log, for Awaab's Law's clocks. */
  hazards?: TableRead<KeyOf<typeof HAZARDS>, HazardRowRecord>;
  /** Published quartiles, for KPI status's Quartile and the Benchmark trigger. */
  benchmarks?: TableRead<KeyOf<typeof BENCHMARKS>, BenchmarkRecord>;
  /** The TSM survey's size, for the publication check (undefined survey: no row with figures). */
  tsmSurvey?: { layout: TableLayout<KeyOf<typeof TSM_SURVEY>>; survey?: TsmSurveyRecord };
  triggers?: TableRead<KeyOf<typeof TRIGGERS>, TriggerRecord>;
  /** Present when the KPI status sheet exists (its layout is the engine's to rewrite). */
  kpiStatus?: { layout?: TableLayout<KeyOf<typeof KPI_STATUS>> };
  summary?: { sheet: string };
  /** §4.4: the age and ethnicity profile of tenants. */
  tenantProfile?: { layout: TableLayout<KeyOf<typeof TENANT_PROFILE>> } & TenantProfileRead;
  /** The involvement pool (council report ¶25, task teams). */
  involvement?: TableRead<KeyOf<typeof INVOLVEMENT>, InvolvementRecord>;
  /** Present when the You said, we did sheet exists (the engine rewrites it). */
  youSaidWeDid?: { sheet: string };
  settings: PanelSettings;
  /** Where the settings came from, if a Settings sheet exists. */
  settingsSheet?: TableLayout<KeyOf<typeof SETTINGS>>;
  kpiSheets: KpiSheetRead[];
  /** Every sheet name in the workbook, for writers creating sheets (names must be unique). */
  sheetNames: string[];
}

const REGISTERS = [
  MEMBERS,
  ATTENDANCE,
  MEETINGS,
  REVIEWS,
  RECOMMENDATIONS,
  COMPLAINTS,
  HAZARDS,
  BENCHMARKS,
  TSM_SURVEY,
  SETTINGS,
  TRIGGERS,
  KPI_STATUS,
  SUMMARY,
  TENANT_PROFILE,
  INVOLVEMENT,
  YOU_SAID_WE_DID,
] as const;

function requiredHeaders(definition: SheetDefinition): string {
  return definition.columns
    .filter((column: ColumnDefinition) => column.required)
    .map((column) => headersOf(column)[0])
    .join(" and ");
}

/**
 * Reads a workbook snapshot into typed records with problems (docs/workbook.md). Sheets are found by name
 * or alias, the add-in's own sheets and computed columns first by their claims (claims.ts); any other
 * sheet with an `Indicator` header is a KPI sheet. Every unreadable cell becomes a problem with its
 * address; reading carries on.
 */
export function readWorkbook(snapshot: WorkbookSnapshot): {
  workbook: PanelWorkbook;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const workbook: PanelWorkbook = {
    settings: copyOfDefaults(),
    kpiSheets: [],
    sheetNames: snapshot.sheets.map((s) => s.name),
  };
  const claimed = new Map<SheetDefinition, string>();
  const kpiLayouts: IndicatorsRead["layout"][] = [];
  // docs/workbook.md, Kept by the add-in: the add-in's sheet of a kind is the one its claim is on, renamed or
  // not; another sheet of that name is then the officers', read as nothing.
  const ownSheets = new Map(
    OWNED_SHEETS.flatMap((d) => {
      const sheet = claimedSheet(snapshot, d);
      return sheet ? [[sheet.name, d] as const] : [];
    })
  );
  const claimedKinds = new Set(OWNED_SHEETS.filter((d) => claimedSheet(snapshot, d)));

  for (const sheet of snapshot.sheets) {
    const grid = new Grid(sheet);
    const named: SheetDefinition | undefined = REGISTERS.find((d) => findsSheet(d, sheet.name));
    const own = ownSheets.get(sheet.name);
    if (own === undefined && named !== undefined && claimedKinds.has(named)) continue;
    const definition = own ?? named;
    if (definition === undefined) {
      const layout = locateTable(grid, KPI);
      if (layout) {
        workbook.kpiSheets.push(readKpiSheet(layout, problems));
        kpiLayouts.push(layout);
      }
      continue;
    }
    const earlier = claimed.get(definition);
    if (earlier !== undefined) {
      problems.push({
        sheet: sheet.name,
        address: sheet.name,
        message: `this sheet is also read as ${definition.name}, like "${earlier}": the first is used, this one is ignored`,
      });
      continue;
    }
    claimed.set(definition, sheet.name);
    if (definition === SUMMARY) {
      workbook.summary = { sheet: sheet.name };
      continue;
    }
    if (definition === YOU_SAID_WE_DID) {
      workbook.youSaidWeDid = { sheet: sheet.name };
      continue;
    }
    const found = locateTable(grid, definition);
    const layout = found && withClaimedColumns(found, definition, snapshot);
    if (definition === KPI_STATUS) {
      workbook.kpiStatus = { layout: layout as TableLayout<KeyOf<typeof KPI_STATUS>> | undefined };
      continue;
    }
    if (layout === undefined) {
      if (grid.rowCount > 0) {
        problems.push({
          sheet: sheet.name,
          address: sheet.name,
          message: `no header row with ${requiredHeaders(definition)} in the first 10 rows, so this sheet is not read as ${definition.name}`,
        });
      }
      continue;
    }
    readRegister(definition, layout, workbook, problems);
  }
  // One indicator once across the KPI sheets too: the same code or name on two sheets would raise two
  // triggers under one key, each rescan writing over the other's evidence (kpiRepeats.ts).
  const kept = withoutRepeatedIndicators(
    workbook.kpiSheets.map((read, i) => ({
      layout: kpiLayouts[i] as IndicatorsRead["layout"],
      indicators: read.indicators,
    })),
    problems
  );
  workbook.kpiSheets.forEach((read, i) => (read.indicators = kept[i] ?? []));
  return { workbook, problems };
}

function readRegister(
  definition: SheetDefinition,
  layout: TableLayout<string>,
  workbook: PanelWorkbook,
  problems: Problem[]
): void {
  /* eslint-disable @typescript-eslint/no-explicit-any -- each branch pairs a definition with its own layout type */
  const table = layout as TableLayout<any>;
  switch (definition) {
    case MEMBERS:
      workbook.members = { layout: table, records: readMembers(table, problems) };
      break;
    case ATTENDANCE:
      workbook.attendance = { layout: table, ...readAttendance(table, problems) };
      break;
    case MEETINGS:
      workbook.meetings = { layout: table, records: readMeetings(table, problems) };
      break;
    case REVIEWS:
      workbook.reviews = { layout: table, records: readReviews(table, problems) };
      break;
    case RECOMMENDATIONS:
      workbook.recommendations = { layout: table, records: readRecommendations(table, problems) };
      break;
    case COMPLAINTS:
      workbook.complaints = { layout: table, records: readComplaints(table, problems) };
      break;
    case HAZARDS:
      workbook.hazards = { layout: table, records: readHazards(table, problems) };
      break;
    case BENCHMARKS:
      workbook.benchmarks = { layout: table, records: readBenchmarks(table, problems) };
      break;
    case TSM_SURVEY:
      workbook.tsmSurvey = { layout: table, survey: readTsmSurvey(table, problems) };
      break;
    case SETTINGS:
      workbook.settingsSheet = table;
      workbook.settings = readSettings(table, problems);
      break;
    case TRIGGERS:
      workbook.triggers = { layout: table, records: readTriggers(table, problems) };
      break;
    case TENANT_PROFILE:
      workbook.tenantProfile = { layout: table, ...readTenantProfile(table, problems) };
      break;
    case INVOLVEMENT:
      workbook.involvement = { layout: table, records: readInvolvement(table, problems) };
      break;
  }
  /* eslint-enable @typescript-eslint/no-explicit-any */
}
