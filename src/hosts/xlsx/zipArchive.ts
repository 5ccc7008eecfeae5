import { Readable } from "stream";
import { crc32, createInflateRaw, deflateRawSync, inflateRawSync } from "zlib";
import { Zip, ZipInputFile } from "fflate";
import * as yauzl from "yauzl";

/**
 * An .xlsx file is a zip of XML parts (ECMA-376 Part 2, Open Packaging Conventions). This is the zip
 * layer alone: yauzl reads the central directory and hands out each entry's stored bytes, and fflate
 * writes the copy. An entry the scan does not change is copied as it was stored (still compressed,
 * with its CRC), so the copy costs little more than the bytes and every untouched part stays byte for
 * byte the officers'. README "Dependencies" says why these two (measured against JSZip).
 */

/** The zip could not be read: a broken or truncated file, or entries it cannot decode. */
export class ZipReadError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "ZipReadError";
  }
}

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflate (the only two a workbook uses). */
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly compressedSize: number;
  readonly modified: Date;
  /** The entry's bytes as stored (compressed when method is 8). */
  readonly stored: Buffer;
}

const STORED = 0;
const DEFLATE = 8;

/** The entries of a zip held in memory, in the order of its central directory. */
export class ZipArchive {
  private readonly byName: Map<string, ZipEntry>;

  private constructor(readonly entries: readonly ZipEntry[]) {
    // Part names compare without case (ECMA-376 Part 2, §9.1.1.1); zip entry names are as written.
    this.byName = new Map(entries.map((entry) => [entry.name.toLowerCase(), entry]));
  }

  static async open(bytes: Buffer): Promise<ZipArchive> {
    let zip: yauzl.ZipFile;
    try {
      zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, strictFileNames: false });
    } catch (error) {
      throw new ZipReadError(reasonOf(error));
    }
    const entries: ZipEntry[] = [];
    try {
      for await (const entry of zip.eachEntry()) {
        if (entry.fileName.endsWith("/")) continue; // a folder entry: parts only
        if (entry.isEncrypted()) throw new ZipReadError(`${entry.fileName} is encrypted`);
        if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATE)
          throw new ZipReadError(
            `${entry.fileName} uses compression method ${entry.compressionMethod}, which workbooks do not use`
          );
        const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
        const end = fileDataStart + entry.compressedSize;
        if (end > bytes.length) throw new ZipReadError(`${entry.fileName} is cut short`);
        entries.push({
          name: entry.fileName,
          method: entry.compressionMethod,
          crc: entry.crc32,
          size: entry.uncompressedSize,
          compressedSize: entry.compressedSize,
          modified: entry.getLastModDate(),
          stored: bytes.subarray(fileDataStart, end),
        });
      }
    } catch (error) {
      throw error instanceof ZipReadError ? error : new ZipReadError(reasonOf(error));
    } finally {
      zip.close();
    }
    return new ZipArchive(entries);
  }

  /** An archive of parts made here (a blank workbook), each deflated as a written part would be. */
  static fromParts(parts: ReadonlyMap<string, string>, modified: Date): ZipArchive {
    return new ZipArchive(
      [...parts.entries()].map(([name, text]) => {
        const bytes = Buffer.from(text, "utf8");
        const stored = deflateRawSync(bytes);
        return {
          name,
          method: DEFLATE,
          crc: crc32(bytes),
          size: bytes.length,
          compressedSize: stored.length,
          modified,
          stored,
        };
      })
    );
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** A part's bytes, decompressed; checked against its CRC, so a damaged part is refused, not misread. */
  bytes(name: string): Buffer | undefined {
    const entry = this.entry(name);
    if (!entry) return undefined;
    const bytes = entry.method === DEFLATE ? inflated(entry) : entry.stored;
    if (bytes.length !== entry.size || crc32(bytes) !== entry.crc)
      throw new ZipReadError(`${name} is damaged (its checksum does not match)`);
    return bytes;
  }

  text(name: string): string | undefined {
    return this.bytes(name)?.toString("utf8");
  }

  /**
   * A part as a stream of decompressed chunks, for sheets too large to hold decompressed (a
   * 1,000,000-row sheet is some 300 MB of XML): memory stays at a chunk.
   */
  stream(name: string): Readable | undefined {
    const entry = this.entry(name);
    if (!entry) return undefined;
    const source = Readable.from([entry.stored], { objectMode: false });
    if (entry.method === STORED) return source;
    return source.pipe(createInflateRaw());
  }
}

function inflated(entry: ZipEntry): Buffer {
  try {
    return inflateRawSync(entry.stored);
  } catch (error) {
    throw new ZipReadError(`${entry.name} cannot be decompressed (${reasonOf(error)})`);
  }
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.trim() || "unknown error";
}

/** A part of the copy: one taken as it was stored, or new bytes to compress. */
export type ZipOutput =
  | { kind: "copied"; entry: ZipEntry }
  | { kind: "written"; name: string; bytes: Buffer; modified?: Date };

/**
 * Writes a zip of the given parts, in order, chunk by chunk to `write`. Copied entries keep their
 * stored bytes, CRC and date; written ones are deflated here (Node's zlib, as Excel compresses).
 */
export function writeZip(parts: readonly ZipOutput[], write: (chunk: Uint8Array) => void): void {
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else write(chunk);
  });
  for (const part of parts) {
    const file =
      part.kind === "copied"
        ? inputFile(part.entry.name, part.entry.stored, part.entry)
        : inputFile(part.name, deflateRawSync(part.bytes), {
            method: DEFLATE,
            crc: crc32(part.bytes),
            size: part.bytes.length,
            modified: part.modified ?? new Date(),
          });
    zip.add(file);
    file.ondata?.(null, file.data as Uint8Array<ArrayBuffer>, true);
    if (failure) throw failure;
  }
  zip.end();
  if (failure) throw failure;
}

/** fflate's documented way to add data that is already compressed: a file with its CRC and size given. */
function inputFile(
  name: string,
  data: Uint8Array,
  { method, crc, size, modified }: Pick<ZipEntry, "method" | "crc" | "size" | "modified">
): ZipInputFile & { data: Uint8Array } {
  return { filename: name, compression: method, crc, size, mtime: modified, data };
}
