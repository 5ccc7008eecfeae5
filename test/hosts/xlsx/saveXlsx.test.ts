import { promises as fs } from "fs";
import { join } from "path";
import { saveXlsx, workbookFromMemory, XlsxPackage } from "../../../src/hosts/xlsx";
import { filesIn, readWithExceljs, removeFolder, tempFolder } from "./xlsxFiles";

function smallWorkbook(): XlsxPackage {
  return workbookFromMemory([{ name: "Members", cells: [["Name"]] }]);
}

let folder: string;
beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(() => removeFolder(folder));

describe("saveXlsx writes through a temporary file and a rename", () => {
  it("writes the workbook, replacing an earlier file, and leaves nothing else behind", async () => {
    const out = join(folder, "out.xlsx");
    await fs.writeFile(out, "an earlier version");
    await saveXlsx(smallWorkbook(), out);
    const reread = await readWithExceljs(out);
    expect(reread.getWorksheet("Members")!.getCell("A1").value).toBe("Name");
    expect(await filesIn(folder)).toEqual(["out.xlsx"]);
  });

  it("fails without leaving a file when the folder path goes through a file", async () => {
    const notAFolder = join(folder, "notes.txt");
    await fs.writeFile(notAFolder, "just text");
    await expect(saveXlsx(smallWorkbook(), join(notAFolder, "out.xlsx"))).rejects.toMatchObject({
      code: "ENOTDIR",
    });
    expect(await filesIn(folder)).toEqual(["notes.txt"]);
  });

  it("removes its temporary file when the rename fails (a folder has the name)", async () => {
    await fs.mkdir(join(folder, "out.xlsx"));
    await expect(saveXlsx(smallWorkbook(), join(folder, "out.xlsx"))).rejects.toThrow();
    expect(await filesIn(folder)).toEqual(["out.xlsx"]);
    expect((await fs.stat(join(folder, "out.xlsx"))).isDirectory()).toBe(true);
  });

  it("keeps the earlier file whole when the workbook cannot be written", async () => {
    const out = join(folder, "out.xlsx");
    await fs.writeFile(out, "an earlier version");
    const workbook = smallWorkbook();
    // Half a file is written to the temporary path, then the disk fills up.
    const open = fs.open.bind(fs);
    const opened = jest.spyOn(fs, "open").mockImplementation(async (path, flags) => {
      const handle = await open(path, flags);
      jest.spyOn(handle, "writeFile").mockImplementation(async (bytes) => {
        await fs.appendFile(path, (bytes as Buffer).subarray(0, 100));
        throw new Error("disk full");
      });
      return handle;
    });
    await expect(saveXlsx(workbook, out)).rejects.toThrow("disk full");
    opened.mockRestore();
    expect(await fs.readFile(out, "utf8")).toBe("an earlier version");
    expect(await filesIn(folder)).toEqual(["out.xlsx"]);
  });
});
