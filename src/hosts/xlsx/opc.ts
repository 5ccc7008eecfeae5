import { posix } from "path";
import {
  appendChildren,
  attributeOf,
  escapeXml,
  firstElement,
  Splice,
  spliced,
  XmlElement,
  xmlElements,
} from "./xmlElements";

/**
 * The Open Packaging Conventions (ECMA-376 Part 2) as far as a workbook needs them: which part is
 * which is said by relationships (`_rels/*.rels`) and content types (`[Content_Types].xml`), never by
 * file names. Strict Open XML files name the same relationships under other URIs, so both are read,
 * and new parts are related in the package's own flavour.
 */
export type Flavour = "transitional" | "strict";

const RELATIONSHIP_BASE: Record<Flavour, string> = {
  transitional: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  strict: "http://purl.oclc.org/ooxml/officeDocument/relationships",
};

export const MAIN_NAMESPACE: Record<Flavour, string> = {
  transitional: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  strict: "http://purl.oclc.org/ooxml/spreadsheetml/main",
};

/** The namespace of `r:id` attributes in a flavour. */
export const RELATIONSHIPS_NAMESPACE = RELATIONSHIP_BASE;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
  coreProperties: "application/vnd.openxmlformats-package.core-properties+xml",
  extendedProperties: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
} as const;

/** A relationship type in a flavour: `worksheet` → its full URI. */
export function relationshipType(flavour: Flavour, kind: string): string {
  return `${RELATIONSHIP_BASE[flavour]}/${kind}`;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** Whether a relationship is of a kind (`worksheet`, `sharedStrings`…), in either flavour. */
export function isKind(relationship: Relationship, kind: string): boolean {
  return relationship.type.endsWith(`/${kind}`);
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `` (the package) → `_rels/.rels`. */
export function relationshipsPathOf(part: string): string {
  const folder = posix.dirname(part);
  const name = posix.basename(part);
  return folder === "." ? `_rels/${name}.rels` : `${folder}/_rels/${name}.rels`;
}

/** A relationship's target as a part name (no leading `/`), relative to the part that holds it. */
export function resolveTarget(sourcePart: string, target: string): string {
  const decoded = safeDecode(target);
  if (decoded.startsWith("/")) return posix.normalize(decoded.slice(1));
  return posix.normalize(posix.join(posix.dirname(sourcePart), decoded));
}

/** The target to write in `sourcePart`'s relationships for `targetPart`. */
export function targetFrom(sourcePart: string, targetPart: string): string {
  return posix.relative(posix.dirname(sourcePart), targetPart);
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** A relationships part, read, with the relationships the add-in adds. */
export class RelationshipsPart {
  readonly relationships: Relationship[];
  private readonly added: Relationship[] = [];
  private readonly removed = new Set<string>();
  private readonly elements: XmlElement[];

  constructor(
    readonly path: string,
    private readonly xml: string
  ) {
    this.elements = xml === "" ? [] : xmlElements(xml, path);
    this.relationships = this.elements
      .filter((e) => e.name === "Relationship")
      .map((e) => ({
        id: attributeOf(e, "Id") ?? "",
        type: attributeOf(e, "Type") ?? "",
        target: attributeOf(e, "Target") ?? "",
        external: attributeOf(e, "TargetMode") === "External",
      }));
  }

  /** An empty relationships part, for a part that has none yet. */
  static empty(path: string): RelationshipsPart {
    return new RelationshipsPart(path, "");
  }

  get changed(): boolean {
    return this.added.length > 0 || this.removed.size > 0;
  }

  all(): Relationship[] {
    return [...this.relationships.filter((r) => !this.removed.has(r.id)), ...this.added];
  }

  /** Adds a relationship with an Id unused in this part; returns the Id. */
  add(type: string, target: string): string {
    const used = new Set(this.all().map((r) => r.id));
    let n = this.all().length + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.added.push({ id, type, target, external: false });
    return id;
  }

  remove(id: string): void {
    this.removed.add(id);
  }

  /** The part's XML: the original with removals cut and additions appended; a new part when there was none. */
  toXml(): string {
    const added = this.added
      .map(
        (r) =>
          `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`
      )
      .join("");
    if (this.xml === "")
      return `${XML_DECLARATION}\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${added}</Relationships>`;
    const root = firstElement(this.elements, "Relationships", 0);
    if (!root) throw new Error(`${this.path} has no Relationships element`);
    const splices: Splice[] = this.elements
      .filter((e) => e.name === "Relationship" && this.removed.has(attributeOf(e, "Id") ?? ""))
      .map((e) => ({ start: e.start, end: e.end, text: "" }));
    if (added) splices.push(appendChildren(this.xml, root, added));
    return spliced(this.xml, splices);
  }
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** `[Content_Types].xml`: the type of every part, by override or by extension. */
export class ContentTypesPart {
  static readonly PATH = "[Content_Types].xml";
  private readonly defaults = new Map<string, string>();
  private readonly overrides = new Map<string, string>();
  private readonly added: { part: string; type: string }[] = [];
  private readonly removed = new Set<string>();
  private readonly elements: XmlElement[];

  constructor(private readonly xml: string) {
    this.elements = xmlElements(xml, ContentTypesPart.PATH);
    for (const element of this.elements) {
      if (element.name === "Default")
        this.defaults.set(
          (attributeOf(element, "Extension") ?? "").toLowerCase(),
          attributeOf(element, "ContentType") ?? ""
        );
      if (element.name === "Override")
        this.overrides.set(
          partNameOf(attributeOf(element, "PartName") ?? ""),
          attributeOf(element, "ContentType") ?? ""
        );
    }
  }

  get changed(): boolean {
    return this.added.length > 0 || this.removed.size > 0;
  }

  typeOf(part: string): string | undefined {
    const override = this.overrides.get(part.toLowerCase());
    if (override !== undefined) return this.removed.has(part.toLowerCase()) ? undefined : override;
    const added = this.added.find((a) => a.part.toLowerCase() === part.toLowerCase());
    if (added) return added.type;
    return this.defaults.get(posix.extname(part).slice(1).toLowerCase());
  }

  /** Parts whose type is `type`. */
  partsOfType(type: string): string[] {
    return [...this.overrides.entries()]
      .filter(([part, t]) => t === type && !this.removed.has(part))
      .map(([part]) => part);
  }

  override(part: string, type: string): void {
    this.added.push({ part, type });
  }

  remove(part: string): void {
    this.removed.add(part.toLowerCase());
  }

  toXml(): string {
    const root = firstElement(this.elements, "Types", 0);
    if (!root) throw new Error(`${ContentTypesPart.PATH} has no Types element`);
    const splices: Splice[] = this.elements
      .filter(
        (e) =>
          e.name === "Override" && this.removed.has(partNameOf(attributeOf(e, "PartName") ?? ""))
      )
      .map((e) => ({ start: e.start, end: e.end, text: "" }));
    const added = this.added
      .map((a) => `<Override PartName="/${escapeXml(a.part)}" ContentType="${escapeXml(a.type)}"/>`)
      .join("");
    if (added) splices.push(appendChildren(this.xml, root, added));
    return spliced(this.xml, splices);
  }
}

/** `/xl/Workbook.xml` → `xl/workbook.xml`: part names compare without case (ECMA-376 Part 2, §9.1.1.1). */
function partNameOf(partName: string): string {
  return safeDecode(partName.replace(/^\//, "")).toLowerCase();
}
