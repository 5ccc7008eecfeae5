import { Highlight } from "../../workbook/plan";
import { HIGHLIGHT_COLOURS } from "../../workbook/colours";
import {
  appendChildren,
  attributeOf,
  childrenOf,
  escapeXml,
  firstElement,
  Splice,
  spliced,
  withAttributes,
  XmlElement,
  xmlElements,
} from "./xmlElements";

/**
 * The styles part (ECMA-376 Part 1, §18.8): read for each cell's number format, and grown — never
 * reordered — when the add-in needs a format, a bold header or a highlight colour. Every index a cell,
 * a conditional format or a table already uses keeps its meaning.
 */

/** Excel's built-in number formats (§18.8.30): ids with no `<numFmt>` of their own. */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  // 14 is the system's short date: shown dd/mm/yyyy on a UK machine.
  14: "dd/mm/yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "dd/mm/yyyy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** Ids 27–36 and 50–58 are East Asian built-in dates (§18.8.30, note). */
function builtInFormat(id: number): string {
  if (BUILT_IN_FORMATS[id] !== undefined) return BUILT_IN_FORMATS[id] as string;
  if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return "yyyy-mm-dd";
  return "General";
}

const FIRST_CUSTOM_FORMAT_ID = 164;

export class StylesPart {
  private readonly elements: XmlElement[];
  private readonly formats = new Map<number, string>();
  /** numFmtId of each cellXfs entry, by index. */
  private readonly xfFormats: number[] = [];
  private readonly xfElements: XmlElement[] = [];
  private readonly fontCount: number;
  private readonly dxfCount: number;
  private readonly addedFormats: { id: number; code: string }[] = [];
  private readonly addedXfs: string[] = [];
  private readonly addedFonts: string[] = [];
  private readonly addedDxfs: string[] = [];
  private readonly xfCache = new Map<string, number>();
  private readonly dxfCache = new Map<Highlight, number>();

  constructor(
    readonly path: string,
    private readonly xml: string
  ) {
    this.elements = xmlElements(xml, path);
    const numFmts = this.section("numFmts");
    for (const element of numFmts ? childrenOf(this.elements, numFmts) : []) {
      const id = Number(attributeOf(element, "numFmtId"));
      if (Number.isInteger(id))
        this.formats.set(id, attributeOf(element, "formatCode") ?? "General");
    }
    const cellXfs = this.section("cellXfs");
    for (const xf of cellXfs ? childrenOf(this.elements, cellXfs) : []) {
      this.xfElements.push(xf);
      this.xfFormats.push(Number(attributeOf(xf, "numFmtId") ?? 0) || 0);
    }
    const fonts = this.section("fonts");
    this.fontCount = fonts ? childrenOf(this.elements, fonts).length : 0;
    const dxfs = this.section("dxfs");
    this.dxfCount = dxfs ? childrenOf(this.elements, dxfs).length : 0;
  }

  get changed(): boolean {
    return this.addedXfs.length > 0 || this.addedDxfs.length > 0;
  }

  private section(name: string): XmlElement | undefined {
    return firstElement(this.elements, name, 1);
  }

  /** The number format of a cell's style index (`s`), General when absent or out of range. */
  formatOf(styleIndex: number): string {
    const id = this.xfFormats[styleIndex] ?? 0;
    return this.codeOf(id);
  }

  private codeOf(id: number): string {
    return (
      this.formats.get(id) ?? this.addedFormats.find((f) => f.id === id)?.code ?? builtInFormat(id)
    );
  }

  /** A style like `base` but with the number format `code`: `base` itself when it already has it. */
  withFormat(base: number, code: string): number {
    if (this.formatOf(base) === code) return base;
    const key = `${base}|${code}`;
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    const id = this.formatId(code);
    const element = this.xfElements[base];
    const xf = element
      ? this.xfWith(element, { numFmtId: String(id), applyNumberFormat: "1" })
      : `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
    const index = this.addXf(xf);
    this.xfCache.set(key, index);
    return index;
  }

  /** A style like `base` in bold: new sheets' header rows. */
  bold(base: number): number {
    const key = `${base}|bold`;
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    if (this.addedFonts.length === 0) this.addedFonts.push(this.boldFont());
    const fontId = this.fontCount + this.addedFonts.length - 1;
    const element = this.xfElements[base];
    const xf = element
      ? this.xfWith(element, { fontId: String(fontId), applyFont: "1" })
      : `<xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`;
    const index = this.addXf(xf);
    this.xfCache.set(key, index);
    return index;
  }

  /** A differential format (§18.8.14) for a conditional format's colour: the panel's fill and text colour. */
  highlight(highlight: Highlight): number {
    const cached = this.dxfCache.get(highlight);
    if (cached !== undefined) return cached;
    const { fill, font } = HIGHLIGHT_COLOURS[highlight];
    const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;
    this.addedDxfs.push(
      `<dxf><font><color rgb="${argb(font)}"/></font><fill><patternFill><bgColor rgb="${argb(fill)}"/></patternFill></fill></dxf>`
    );
    const index = this.dxfCount + this.addedDxfs.length - 1;
    this.dxfCache.set(highlight, index);
    return index;
  }

  private formatId(code: string): number {
    for (const [id, existing] of this.formats) if (existing === code) return id;
    for (const id of Object.keys(BUILT_IN_FORMATS).map(Number))
      if (BUILT_IN_FORMATS[id] === code && id !== 14 && id !== 22) return id;
    const added = this.addedFormats.find((f) => f.code === code);
    if (added) return added.id;
    const used = [...this.formats.keys(), ...this.addedFormats.map((f) => f.id)];
    const id = Math.max(FIRST_CUSTOM_FORMAT_ID - 1, ...used) + 1;
    this.addedFormats.push({ id, code });
    return id;
  }

  private xfWith(element: XmlElement, set: Record<string, string>): string {
    const original = this.xml.slice(element.start, element.end);
    const start = withAttributes(this.xml, element, set);
    return start.text + original.slice(element.openEnd - element.start);
  }

  private addXf(xf: string): number {
    this.addedXfs.push(xf);
    return this.xfElements.length + this.addedXfs.length - 1;
  }

  /** The workbook's default font (font 0) in bold. */
  private boldFont(): string {
    const fonts = this.section("fonts");
    const first = fonts ? childrenOf(this.elements, fonts)[0] : undefined;
    if (!first || first.selfClosing) return '<font><b/><sz val="11"/><name val="Calibri"/></font>';
    const inner = this.xml.slice(first.openEnd, this.xml.lastIndexOf("</", first.end - 1));
    const tag = this.xml.slice(first.start, first.openEnd);
    return `${tag}<b/>${inner.replace(/<b\s*\/>|<b\s+val="[^"]*"\s*\/>/g, "")}</${first.qualifiedName}>`;
  }

  toXml(): string {
    const root = firstElement(this.elements, "styleSheet", 0);
    if (!root) throw new Error(`${this.path} has no styleSheet element`);
    const splices: Splice[] = [];
    const grow = (name: string, children: readonly string[], before: readonly string[]): void => {
      if (children.length === 0) return;
      const section = this.section(name);
      if (section) {
        const count = String(childrenOf(this.elements, section).length + children.length);
        const startTag = withAttributes(this.xml, section, { count });
        if (section.selfClosing) {
          const opened = startTag.text.replace(/\s*\/>$/, ">");
          const text = `${opened}${children.join("")}</${section.qualifiedName}>`;
          splices.push({ start: section.start, end: section.end, text });
        } else splices.push(startTag, appendChildren(this.xml, section, children.join("")));
        return;
      }
      // A missing section goes before the first section that must follow it (§18.8.39, CT_Stylesheet).
      const next = before.map((n) => this.section(n)).find((e): e is XmlElement => e !== undefined);
      const at = next ? next.start : this.xml.lastIndexOf("</", root.end - 1);
      splices.push({
        start: at,
        end: at,
        text: `<${name} count="${children.length}">${children.join("")}</${name}>`,
      });
    };
    grow(
      "numFmts",
      this.addedFormats.map(
        (f) => `<numFmt numFmtId="${f.id}" formatCode="${escapeXml(f.code)}"/>`
      ),
      [
        "fonts",
        "fills",
        "borders",
        "cellStyleXfs",
        "cellXfs",
        "cellStyles",
        "dxfs",
        "tableStyles",
        "colors",
        "extLst",
      ]
    );
    grow("fonts", this.addedFonts, [
      "fills",
      "borders",
      "cellStyleXfs",
      "cellXfs",
      "cellStyles",
      "dxfs",
      "tableStyles",
      "colors",
      "extLst",
    ]);
    grow("cellXfs", this.addedXfs, ["cellStyles", "dxfs", "tableStyles", "colors", "extLst"]);
    grow("dxfs", this.addedDxfs, ["tableStyles", "colors", "extLst"]);
    return spliced(this.xml, splices);
  }
}

/** A styles part for a workbook that has none (the demo, or a file from a minimal writer). */
export const MINIMAL_STYLES = (namespace: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="${namespace}"><fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;
