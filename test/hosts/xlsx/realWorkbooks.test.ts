import { promises as fs, readdirSync } from "fs";
import { join } from "path";
import { scan } from "../../../src/engine/scan";
import { applyPlan, readXlsx, saveXlsx } from "../../../src/hosts/xlsx";
import { dayFromIso } from "../../../src/domain/calendar/days";
import { packageDiff } from "./packageDiff";
import { withMembersRegister } from "./panelRegister";
import { readWithExceljs, removeFolder, tempFolder } from "./xlsxFiles";

/**
 * Workbooks written by Excel itself (test/fixtures/real-workbooks/README.md): each opens, and the copy a
 * scan writes keeps every part the scan does not own byte for byte, changes the parts it must change
 * only by what they gain, and plans nothing when scanned again.
 */
const REAL = join(__dirname, "../../fixtures/real-workbooks");
const AS_OF = dayFromIso("2026-11-23");

/** Parts a scan of a workbook with no panel sheets may change: it adds its own sheets. */
const MAY_CHANGE = [
  /^\[Content_Types\]\.xml$/,
  /(^|\/)workbook\.xml$/,
  /(^|\/)_rels\/workbook\.xml\.rels$/,
  /sharedStrings\.xml$/,
  /styles\.xml$/,
];

let folder: string;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(() => removeFolder(folder));

const files = (): string[] => readdirSync(REAL).filter((f) => f.endsWith(".xlsx"));

describe.each(files())("%s, written by Excel", (file) => {
  let input: Buffer;
  let output: string;
  let plan: ReturnType<typeof scan>["plan"];

  beforeAll(async () => {
    input = await fs.readFile(join(REAL, file));
    const read = await readXlsx(join(REAL, file));
    plan = scan(read.snapshot, { asOf: AS_OF }).plan;
    applyPlan(read.workbook, plan);
    output = join(folder, file.replace(/\.xlsx$/, ".scanned.xlsx"));
    await saveXlsx(read.workbook, output);
  });

  it("comes back part for part: untouched parts byte for byte, the rest only grown", async () => {
    const diff = await packageDiff(input, await fs.readFile(output), plan);
    expect(diff.problems).toEqual([]);
    expect(
      diff.changed.filter((part) => !MAY_CHANGE.some((allowed) => allowed.test(part)))
    ).toEqual([]);
    expect(diff.added.length).toBeGreaterThan(0);
  });

  it("plans nothing when its copy is scanned again", async () => {
    const { snapshot } = await readXlsx(output);
    expect(scan(snapshot, { asOf: AS_OF }).plan.sheets).toEqual([]);
  });

  it("gives a copy another reader opens, if it opens the original, with the add-in's sheets in it", async () => {
    // exceljs reads only Transitional files and fails on some of Excel's (docs/development.md); LibreOffice and
    // openpyxl open every copy in CI (npm run check:other-readers).
    const original = await readWithExceljs(join(REAL, file)).catch(() => undefined);
    if (!original) return;
    const copy = await readWithExceljs(output);
    const created = plan.sheets.filter((s) => s.create).map((s) => s.sheet);
    expect(copy.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(created));
  });
});

/** Each of the first three worksheets of each workbook, turned into the Members register (panelRegister.ts). */
const VARIANTS = files().flatMap((file) => [0, 1, 2].map((sheet) => [file, sheet] as const));

describe.each(VARIANTS)("%s with its worksheet %i as the Members register", (file, sheet) => {
  it("gets the computed columns, and every other cell, element and part stays as Excel wrote it", async () => {
    const input = await withMembersRegister(await fs.readFile(join(REAL, file)), sheet);
    if (!input) return; // the workbook has fewer worksheets
    const path = join(folder, `${file}.${sheet}.xlsx`);
    await fs.writeFile(path, input);
    const read = await readXlsx(path);
    const { plan } = scan(read.snapshot, { asOf: AS_OF });
    const members = plan.sheets.find((s) => s.sheet === "Members");
    expect(members?.writes.some((w) => w.value.kind === "text" && w.value.text === "Status")).toBe(
      true
    );
    applyPlan(read.workbook, plan);
    const output = join(folder, `${file}.${sheet}.scanned.xlsx`);
    await saveXlsx(read.workbook, output);

    const diff = await packageDiff(input, await fs.readFile(output), plan);
    expect(diff.problems).toEqual([]);
    const rescan = scan((await readXlsx(output)).snapshot, { asOf: AS_OF });
    expect(rescan.plan.sheets).toEqual([]);
  });
});
