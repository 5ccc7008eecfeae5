import { promises as fs } from "fs";
import { join } from "path";
import { Io } from "../../src/cli/output";
import { runReport } from "../../src/cli/report/reportCommand";
import { DEMO_AS_OF, demoWorkbook } from "../../src/demo/demoWorkbook";
import { saveXlsx, workbookFromMemory } from "../../src/hosts/xlsx";
import { removeFolder, tempFolder } from "../hosts/xlsx/xlsxFiles";
import { chromiumPath } from "./chromium";

/** `tosp report --pdf` printing the demo's report with Debian's Chromium (test/cli/reportCommand.test.ts has the rest). */

let folder: string;
beforeAll(async () => {
  folder = await tempFolder();
  await saveXlsx(workbookFromMemory(demoWorkbook()), join(folder, "tosp-demo.xlsx"));
});
afterAll(() => removeFolder(folder));

it("prints the demo report with headless Chromium", async () => {
  const chromium = chromiumPath();
  const pdf = join(folder, "report.pdf");
  const lines: string[] = [];
  const io: Io = { out: (line) => lines.push(line), err: (line) => lines.push(`err: ${line}`) };
  await runReport(
    {
      input: join(folder, "tosp-demo.xlsx"),
      asOf: DEMO_AS_OF,
      pdf,
      findBrowser: async () => chromium,
    },
    io
  );
  const bytes = await fs.readFile(pdf);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(bytes.length).toBeGreaterThan(20_000);
  // After the report's line and the demo's problems.
  expect(lines[2]).toMatch(/^Wrote .*report\.pdf \(\d+ KB\), printed with .*chromium\.$/);
  expect(lines[2]).toContain(`printed with ${chromium}.`);
}, 120_000);
