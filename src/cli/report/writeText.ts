import { randomBytes } from "crypto";
import { promises as fs } from "fs";
import { basename, dirname, join } from "path";
import { CliError } from "../cliError";
import { cannotWrite } from "../output";

/** A temporary name beside `path`, so that renaming it over `path` never crosses a disk. */
export function temporaryBeside(path: string, extension = "tmp"): string {
  return join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.${extension}`
  );
}

/**
 * Writes `make`'s file at a temporary name beside `path`, then renames it over `path`: a failed write
 * never leaves half a file (as saveXlsx does for workbooks). Failures become one plain line.
 */
export async function writeThroughTemporary(
  path: string,
  make: (temporary: string) => Promise<void>,
  extension?: string
): Promise<void> {
  try {
    await fs.mkdir(dirname(path), { recursive: true });
  } catch (error) {
    throw cannotWrite(path, error);
  }
  const temporary = temporaryBeside(path, extension);
  try {
    await make(temporary);
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error instanceof CliError ? error : cannotWrite(path, error);
  }
}

/** Writes text (UTF-8) through a temporary file. */
export function writeTextFile(path: string, text: string): Promise<void> {
  return writeThroughTemporary(path, async (temporary) => {
    const file = await fs.open(temporary, "wx");
    try {
      await file.writeFile(text, "utf8");
      await file.sync();
    } finally {
      await file.close();
    }
  });
}
