import { relationshipsPathOf, RelationshipsPart } from "./opc";
import { ZipArchive, ZipOutput } from "./zipArchive";

/**
 * The parts of a package as a plan leaves them: each part's text so far (changed, added, or as in the
 * file), the relationships parts opened along the way, and the parts removed. `outputs` gives the copy's
 * entries: every part in the original's order — copied as stored unless changed — then the new ones.
 */
export class PackageParts {
  private readonly changed = new Map<string, string>();
  private readonly added: { path: string; text: string }[] = [];
  private readonly removed = new Set<string>();
  private readonly relationships = new Map<string, RelationshipsPart>();

  constructor(readonly archive: ZipArchive) {}

  /** A part's text as the plan has left it so far: changed, added by this plan, or as in the file. */
  textOf(path: string): string {
    const added = this.added.find((part) => part.path === path);
    return this.changed.get(path) ?? added?.text ?? this.archive.text(path) ?? "";
  }

  setText(path: string, text: string): void {
    const added = this.added.find((part) => part.path === path);
    if (added) added.text = text;
    else this.changed.set(path, text);
  }

  add(path: string, text: string): void {
    this.added.push({ path, text });
  }

  remove(path: string): void {
    this.removed.add(path.toLowerCase());
  }

  /** The relationships of a part (its `_rels/….rels`), opened once, empty when it has none yet. */
  relationshipsOf(part: string): RelationshipsPart {
    const path = relationshipsPathOf(part);
    let relationships = this.relationships.get(path);
    if (!relationships) {
      const xml = this.archive.text(path);
      relationships =
        xml === undefined ? RelationshipsPart.empty(path) : new RelationshipsPart(path, xml);
      this.relationships.set(path, relationships);
    }
    return relationships;
  }

  /** `xl/worksheets/sheet7.xml`: the first number no part of the package or the plan uses. */
  unusedPath(prefix: string, extension: string): string {
    const taken = new Set([
      ...this.archive.entries.map((e) => e.name.toLowerCase()),
      ...this.added.map((a) => a.path.toLowerCase()),
    ]);
    for (let n = 1; ; n++) {
      const path = `${prefix}${n}${extension}`;
      if (!taken.has(path.toLowerCase())) return path;
    }
  }

  /** The copy's entries, with `rewritten` (the parts kept as objects: workbook, styles…) as given. */
  outputs(rewritten: ReadonlyMap<string, string>): ZipOutput[] {
    const texts = new Map<string, { path: string; text: string }>();
    const put = (path: string, text: string) => texts.set(path.toLowerCase(), { path, text });
    for (const [path, text] of this.changed) put(path, text);
    for (const [path, text] of rewritten) put(path, text);
    for (const relationships of this.relationships.values())
      if (relationships.changed) put(relationships.path, relationships.toXml());
    for (const { path, text } of this.added) put(path, text);

    const out: ZipOutput[] = [];
    for (const entry of this.archive.entries) {
      const key = entry.name.toLowerCase();
      if (this.removed.has(key)) continue;
      const written = texts.get(key);
      texts.delete(key);
      out.push(
        written === undefined
          ? { kind: "copied", entry }
          : {
              kind: "written",
              name: entry.name,
              bytes: Buffer.from(written.text, "utf8"),
              modified: entry.modified,
            }
      );
    }
    // New parts carry the package's own date, so the same workbook and plan give the same bytes.
    const date = this.archive.entries[0]?.modified ?? new Date(0);
    for (const { path, text } of texts.values())
      out.push({ kind: "written", name: path, bytes: Buffer.from(text, "utf8"), modified: date });
    return out;
  }
}
