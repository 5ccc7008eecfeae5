import { promises as fs } from "fs";
import { basename, dirname, isAbsolute, join, resolve, sep } from "path";
import { CliError } from "./cliError";

/**
 * docs/workbook.md, the command line: "the input file is never changed". Comparing the paths as text is not
 * enough: `alias/p.xlsx` and `real/p.xlsx` are one file when `alias` links to `real`; so are
 * two hard links; and on a disk that does not tell capital letters from small ones (Windows, macOS as
 * shipped) so are `Panel.xlsx` and `panel.xlsx`. So the command line compares the files before it reads
 * anything: the real paths (links followed, for the part of each path that exists), the disk and file
 * numbers when both exist, and the real paths without regard to case where the disk ignores case.
 */

/** How two paths turned out to name one file, for the message that says so. */
export type SameFile = "same path" | "link" | "hard link" | "letter case";

/** The little of the file system the comparison needs; tests give a simulated one. */
export interface FileLookup {
  /** The path with every link followed (fs.realpath); rejects when the path does not exist. */
  realpath(path: string): Promise<string>;
  /** The disk and the file's number on it; rejects when the path does not exist. */
  identity(path: string): Promise<{ dev: bigint; ino: bigint }>;
}

export const NODE_FILES: FileLookup = {
  realpath: (path) => fs.realpath(path),
  identity: async (path) => {
    // bigint: a file number past 2^53 (NTFS, some network disks) would otherwise be rounded.
    const { dev, ino } = await fs.stat(path, { bigint: true });
    return { dev, ino };
  },
};

/**
 * Whether `a` and `b` name one file, and how; undefined when they are two files (or one does not exist
 * and cannot be the other).
 */
export async function sameFile(
  a: string,
  b: string,
  files: FileLookup = NODE_FILES
): Promise<SameFile | undefined> {
  const [realA, realB] = await Promise.all([realPathOf(a, files), realPathOf(b, files)]);
  const caseBlind = (await ignoresCaseAt(realA, files)) || (await ignoresCaseAt(realB, files));
  const [textA, textB] = [resolve(a), resolve(b)];
  if (realA === realB) {
    // Named how the officer would see it: the same path, other capital letters, or a link.
    if (textA === textB) return "same path";
    return caseBlind && withoutCase(textA) === withoutCase(textB) ? "letter case" : "link";
  }
  if (caseBlind && withoutCase(realA) === withoutCase(realB)) return "letter case";
  const [idA, idB] = await Promise.all([
    files.identity(a).catch(() => undefined),
    files.identity(b).catch(() => undefined),
  ]);
  // A file number of 0 means the disk gives none (FAT, some network disks): it proves nothing.
  if (idA && idB && idA.ino !== 0n && idA.dev === idB.dev && idA.ino === idB.ino)
    return "hard link";
  return undefined;
}

/** Case folded as a case-blind disk folds it, near enough: composed accents, then lower case. */
const withoutCase = (path: string): string => path.normalize("NFC").toLowerCase();

/**
 * The real path of `path`: links followed for its longest part that exists, the rest (a file or folders
 * still to be written) added as written. Not normalised as text first, since `alias/../x` goes up from
 * where the link leads, as the file system reads it.
 */
export async function realPathOf(path: string, files: FileLookup = NODE_FILES): Promise<string> {
  const missing: string[] = [];
  let existing = isAbsolute(path) ? path : `${process.cwd()}${sep}${path}`;
  for (;;) {
    try {
      return join(await files.realpath(existing), ...missing);
    } catch {
      const parent = dirname(existing);
      if (parent === existing) return resolve(path);
      missing.unshift(basename(existing));
      existing = parent;
    }
  }
}

/**
 * Whether the disk holding `path` ignores case, found by asking it rather than by the name of the
 * operating system (a Mac can have a case-sensitive disk, Linux a case-blind one): the part of the path
 * that exists, with one name's letters flipped, is looked up; a case-blind disk finds the same file.
 * Undefined answers (no part with letters) count as case-sensitive; the file numbers still decide.
 */
export async function ignoresCaseAt(
  path: string,
  files: FileLookup = NODE_FILES
): Promise<boolean> {
  let existing = path;
  for (;;) {
    const id = await files.identity(existing).catch(() => undefined);
    if (id) break;
    const parent = dirname(existing);
    if (parent === existing) return false;
    existing = parent;
  }
  for (let at = existing; dirname(at) !== at; at = dirname(at)) {
    const name = basename(at);
    const flipped = flipCase(name);
    if (flipped === name) continue;
    const [original, other] = await Promise.all([
      files.identity(at).catch(() => undefined),
      files.identity(join(dirname(at), flipped)).catch(() => undefined),
    ]);
    if (!original) return false;
    if (!other) return false;
    return original.ino === 0n
      ? true // no file numbers to tell them apart: the flipped name was found, so case is ignored
      : original.dev === other.dev && original.ino === other.ino;
  }
  return false;
}

function flipCase(name: string): string {
  return [...name].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join("");
}

const HOW: Record<Exclude<SameFile, "same path">, string> = {
  link: ", reached through a link",
  "hard link": " under another name (a hard link)",
  "letter case": ", since this disk does not tell capital letters from small ones",
};

/**
 * Refuses, in one plain line, to write `output` when it is the workbook `input` by any name. `what` says
 * which file the command would write: `--out`, `--pdf`, or `the scanned copy` when it is the default.
 */
export async function refuseToWriteOver(
  input: string,
  output: string,
  what: string,
  files: FileLookup = NODE_FILES
): Promise<void> {
  const same = await sameFile(input, output, files);
  if (same === undefined) return;
  throw new CliError(
    same === "same path"
      ? `${what} is the workbook itself: tosp never changes ${input}; name another file`
      : `${what} ${output} is the workbook ${input}${HOW[same]}: tosp never changes ${input}; name another file`
  );
}
