import { promises as fs } from "fs";
import { dirname } from "path";
import { saveXlsx, XlsxPackage } from "../hosts/xlsx";
import { CliError } from "./cliError";

/** Where the command line writes: stdout for the report, stderr for progress and errors. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/**
 * Makes the folder a file is to be written in, when it is missing (never silently), and
 * says so: the words to print, or undefined when the folder was there. A failure is one plain line.
 * Decision: a missing folder is made rather than refused, as `npm run demo` and scripts expect.
 */
export async function makeFolderFor(path: string): Promise<string | undefined> {
  try {
    const made = await fs.mkdir(dirname(path), { recursive: true });
    return made === undefined
      ? undefined
      : `Made the folder ${dirname(path)}, which did not exist.`;
  } catch (error) {
    throw cannotWrite(path, error);
  }
}

/** Saves a workbook (creating its folder if need be), turning a failure into one plain line. */
export async function writeWorkbook(workbook: XlsxPackage, path: string): Promise<void> {
  try {
    await fs.mkdir(dirname(path), { recursive: true });
    await saveXlsx(workbook, path);
  } catch (error) {
    throw cannotWrite(path, error);
  }
}

/** A file the command line could not write, as one plain line (workbooks and reports alike). */
export function cannotWrite(path: string, error: unknown): CliError {
  const { code, message } = error as NodeJS.ErrnoException;
  const reason =
    code === "EACCES" || code === "EPERM" || code === "EROFS"
      ? "permission denied"
      : code === "ENOTDIR" || code === "EEXIST"
        ? "part of the folder path is a file, not a folder"
        : code === "EISDIR"
          ? "there is a folder of that name"
          : (String(message ?? error).split("\n")[0] as string);
  return new CliError(`Cannot write ${path}: ${reason}`);
}
