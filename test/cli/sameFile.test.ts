import { promises as fs } from "fs";
import { join } from "path";
import { CliError } from "../../src/cli/cliError";
import {
  FileLookup,
  ignoresCaseAt,
  NODE_FILES,
  realPathOf,
  refuseToWriteOver,
  sameFile,
} from "../../src/cli/sameFile";
import { runScan } from "../../src/cli/scanCommand";
import { DEMO_AS_OF, demoWorkbook } from "../../src/demo/demoWorkbook";
import { saveXlsx, workbookFromMemory } from "../../src/hosts/xlsx";
import { removeFolder, tempFolder } from "../hosts/xlsx/xlsxFiles";

/**
 * docs/workbook.md, the command line: "the input file is never changed". The workbook and the output are
 * compared as files, not as text: through links, hard links, and capital letters on a disk
 * that ignores them. This machine's disk tells capital letters apart, so a case-blind disk is simulated.
 */
let folder: string;
beforeEach(async () => {
  folder = await tempFolder();
  await fs.mkdir(join(folder, "real"));
  await fs.writeFile(join(folder, "real", "Panel.xlsx"), "the workbook");
  await fs.symlink(join(folder, "real"), join(folder, "alias"));
});
afterEach(() => removeFolder(folder));

const at = (...parts: string[]) => join(folder, ...parts);

describe("two paths to one file, on this disk", () => {
  it("are the same path written two ways", async () => {
    expect(await sameFile(at("real", "Panel.xlsx"), `${at("real")}/./Panel.xlsx`)).toBe(
      "same path"
    );
  });

  it("are one file through a linked folder, whichever way round, and for a file still to be written", async () => {
    expect(await sameFile(at("alias", "Panel.xlsx"), at("real", "Panel.xlsx"))).toBe("link");
    expect(await sameFile(at("real", "Panel.xlsx"), at("alias", "Panel.xlsx"))).toBe("link");
    expect(await sameFile(at("alias", "new.xlsx"), at("real", "new.xlsx"))).toBe("link");
  });

  it("are one file through a linked file", async () => {
    await fs.symlink(at("real", "Panel.xlsx"), at("link.xlsx"));
    expect(await sameFile(at("real", "Panel.xlsx"), at("link.xlsx"))).toBe("link");
  });

  it("follow `..` from where a link leads, as the file system does", async () => {
    await fs.mkdir(at("real", "sub"));
    await fs.symlink(at("real", "sub"), at("subAlias"));
    // subAlias/.. is real/, not the folder holding subAlias (written by hand: join would drop the ..).
    expect(await realPathOf(`${at("subAlias")}/../Panel.xlsx`)).toBe(
      await fs.realpath(at("real", "Panel.xlsx"))
    );
    expect(await sameFile(at("real", "Panel.xlsx"), `${at("subAlias")}/../Panel.xlsx`)).toBe(
      "link"
    );
  });

  it("are two files when the text is one path but the link leads elsewhere", async () => {
    await fs.mkdir(at("real", "sub"));
    await fs.symlink(at("real", "sub"), at("subAlias"));
    await fs.writeFile(at("Panel.xlsx"), "another workbook, beside the folders");
    // As text, subAlias/../Panel.xlsx is the one beside the folders; on disk it is real/Panel.xlsx.
    expect(await sameFile(at("Panel.xlsx"), `${at("subAlias")}/../Panel.xlsx`)).toBeUndefined();
    expect(await sameFile(at("real", "Panel.xlsx"), `${at("subAlias")}/../Panel.xlsx`)).toBe(
      "link"
    );
  });

  it("are one file as two hard links", async () => {
    await fs.link(at("real", "Panel.xlsx"), at("real", "hard.xlsx"));
    expect(await sameFile(at("real", "Panel.xlsx"), at("real", "hard.xlsx"))).toBe("hard link");
  });

  it("are two files when only their capital letters differ, on this case-sensitive disk", async () => {
    expect(await ignoresCaseAt(at("real", "Panel.xlsx"))).toBe(false);
    expect(await sameFile(at("real", "Panel.xlsx"), at("real", "panel.xlsx"))).toBeUndefined();
    await fs.writeFile(at("real", "panel.xlsx"), "another file");
    expect(await sameFile(at("real", "Panel.xlsx"), at("real", "panel.xlsx"))).toBeUndefined();
  });

  it("are two files when they are", async () => {
    expect(
      await sameFile(at("real", "Panel.xlsx"), at("real", "Panel.scanned.xlsx"))
    ).toBeUndefined();
    expect(await sameFile(at("real", "Panel.xlsx"), at("elsewhere", "Panel.xlsx"))).toBeUndefined();
  });
});

/**
 * A disk that ignores case, as Windows' and macOS's usually do, over this folder: a name is looked up
 * without regard to case, and links are followed as this disk follows them. `fileNumbers: false` is a
 * disk that gives no file numbers (FAT, some network disks), where only the names can tell.
 */
function caseBlindDisk(fileNumbers = true): FileLookup {
  async function onDisk(path: string): Promise<string> {
    const parts = path.split("/").filter(Boolean);
    let found = "";
    for (const part of parts) {
      const names = await fs.readdir(found || "/");
      const name = names.find((n) => n.toLowerCase() === part.toLowerCase());
      if (name === undefined) throw Object.assign(new Error(`no ${path}`), { code: "ENOENT" });
      found = `${found}/${name}`;
    }
    return found || "/";
  }
  return {
    // As Node's realpath on such a disk: links followed, the capital letters left as typed.
    realpath: async (path) => {
      await onDisk(path);
      return NODE_FILES.realpath(await onDisk(path)).then((real) =>
        real.toLowerCase() === path.toLowerCase() ? path : real
      );
    },
    identity: async (path) => {
      const id = await NODE_FILES.identity(await onDisk(path));
      return fileNumbers ? id : { dev: id.dev, ino: 0n };
    },
  };
}

describe("two paths to one file, on a disk that ignores case (simulated)", () => {
  it("finds that the disk ignores case by looking up a name with its letters flipped", async () => {
    expect(await ignoresCaseAt(at("real", "Panel.xlsx"), caseBlindDisk())).toBe(true);
    expect(await ignoresCaseAt(at("real", "new.xlsx"), caseBlindDisk())).toBe(true);
    expect(await ignoresCaseAt(at("real", "Panel.xlsx"), caseBlindDisk(false))).toBe(true);
  });

  it("are one file when only their capital letters differ", async () => {
    const disk = caseBlindDisk();
    expect(await sameFile(at("real", "Panel.xlsx"), at("real", "panel.xlsx"), disk)).toBe(
      "letter case"
    );
    expect(await sameFile(at("real", "Panel.xlsx"), at("REAL", "PANEL.XLSX"), disk)).toBe(
      "letter case"
    );
    expect(await sameFile(at("alias", "Panel.xlsx"), at("real", "panel.xlsx"), disk)).toBe(
      "letter case"
    );
  });

  it("are one file when only their capital letters differ, on a disk without file numbers", async () => {
    const disk = caseBlindDisk(false);
    expect(await sameFile(at("real", "Panel.xlsx"), at("real", "panel.xlsx"), disk)).toBe(
      "letter case"
    );
    // No file numbers: two different files are not taken for one.
    await fs.writeFile(at("real", "other.xlsx"), "another");
    expect(
      await sameFile(at("real", "Panel.xlsx"), at("real", "other.xlsx"), disk)
    ).toBeUndefined();
  });

  it("are still two files when their names differ by more than case", async () => {
    expect(
      await sameFile(at("real", "Panel.xlsx"), at("real", "panel.scanned.xlsx"), caseBlindDisk())
    ).toBeUndefined();
  });

  it("make tosp scan refuse in one line before reading, leaving the workbook as it was", async () => {
    const input = at("real", "Panel.xlsx");
    await saveXlsx(workbookFromMemory(demoWorkbook()), input);
    const before = { bytes: await fs.readFile(input), mtimeMs: (await fs.stat(input)).mtimeMs };
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const scanning = runScan(
      { input, out: at("real", "panel.xlsx"), asOf: DEMO_AS_OF, files: caseBlindDisk() },
      io
    );
    await expect(scanning).rejects.toThrow(CliError);
    await expect(scanning).rejects.toThrow(
      `--out ${at("real", "panel.xlsx")} is the workbook ${input}, since this disk does not tell capital letters from small ones: tosp never changes ${input}; name another file`
    );
    expect(lines).toEqual([]);
    expect((await fs.readFile(input)).equals(before.bytes)).toBe(true);
    expect((await fs.stat(input)).mtimeMs).toBe(before.mtimeMs);
  });
});

describe("the refusal", () => {
  it("is one plain line naming both files and how they are one", async () => {
    await fs.link(at("real", "Panel.xlsx"), at("real", "hard.xlsx"));
    await expect(
      refuseToWriteOver(at("real", "Panel.xlsx"), at("real", "hard.xlsx"), "--out")
    ).rejects.toThrow(
      `--out ${at("real", "hard.xlsx")} is the workbook ${at("real", "Panel.xlsx")} under another name (a hard link): tosp never changes ${at("real", "Panel.xlsx")}; name another file`
    );
    await expect(
      refuseToWriteOver(at("alias", "Panel.xlsx"), at("real", "Panel.xlsx"), "The scanned copy")
    ).rejects.toThrow(
      `The scanned copy ${at("real", "Panel.xlsx")} is the workbook ${at("alias", "Panel.xlsx")}, reached through a link: tosp never changes ${at("alias", "Panel.xlsx")}; name another file`
    );
    await expect(
      refuseToWriteOver(at("real", "Panel.xlsx"), at("real", "Panel.scanned.xlsx"), "--out")
    ).resolves.toBeUndefined();
  });
});
