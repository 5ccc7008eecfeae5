import { SaxesParser } from "saxes";
import { decodeExcelText, encodeExcelText } from "./excelText";
import { localName, XmlFormatError } from "./xmlElements";

/**
 * The shared string table (ECMA-376 Part 1, §18.4): every text a cell of type `s` points at, by index.
 * Rich text is read as its plain text (its runs joined); phonetic guides (`rPh`) are not part of the
 * text. New texts are appended, so every index the officers' cells use keeps its text.
 */
export class SharedStrings {
  private readonly added: string[] = [];
  private readonly index = new Map<string, number>();
  private references = 0;

  constructor(
    readonly path: string,
    readonly strings: readonly string[],
    private readonly xml: string
  ) {}

  static read(path: string, xml: string): SharedStrings {
    return new SharedStrings(path, sharedStringsOf(xml, path), xml);
  }

  get changed(): boolean {
    return this.added.length > 0;
  }

  /** The index of `text` in the table, appending it when it is not there. */
  indexOf(text: string): number {
    this.references++;
    if (this.index.size === 0 && this.strings.length > 0)
      this.strings.forEach((s, i) => {
        if (!this.index.has(s)) this.index.set(s, i);
      });
    const found = this.index.get(text);
    if (found !== undefined) return found;
    const added = this.strings.length + this.added.length;
    this.added.push(text);
    this.index.set(text, added);
    return added;
  }

  toXml(namespace: string): string {
    const items = this.added.map((text) => `<si>${textElement(text)}</si>`).join("");
    const unique = this.strings.length + this.added.length;
    if (this.xml === "")
      return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="${namespace}" count="${this.references}" uniqueCount="${unique}">${items}</sst>`;
    const rootStart = this.xml.search(/<([A-Za-z_][\w.-]*:)?sst[\s>/]/);
    const rootEnd = this.xml.indexOf(">", rootStart) + 1;
    let root = this.xml.slice(rootStart, rootEnd);
    const count = Number(/\scount="(\d+)"/.exec(root)?.[1] ?? NaN);
    if (Number.isFinite(count))
      root = root.replace(/\scount="\d+"/, ` count="${count + this.references}"`);
    if (/\suniqueCount="\d+"/.test(root))
      root = root.replace(/\suniqueCount="\d+"/, ` uniqueCount="${unique}"`);
    if (root.endsWith("/>")) {
      const name = /<([\w.:-]+)/.exec(root)?.[1] ?? "sst";
      return `${this.xml.slice(0, rootStart)}${root.slice(0, -2)}>${items}</${name}>${this.xml.slice(rootEnd)}`;
    }
    const close = this.xml.lastIndexOf("</");
    return `${this.xml.slice(0, rootStart)}${root}${this.xml.slice(rootEnd, close)}${items}${this.xml.slice(close)}`;
  }
}

/** A `<t>` element for a cell's text, keeping spaces at either end. */
export function textElement(text: string): string {
  const encoded = escapeText(encodeExcelText(text));
  return /^\s|\s$/.test(text) ? `<t xml:space="preserve">${encoded}</t>` : `<t>${encoded}</t>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function sharedStringsOf(xml: string, path: string): string[] {
  const strings: string[] = [];
  const parser = new SaxesParser({ position: false });
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    if (name === "si") current = "";
    else if (name === "rPh") phonetic++;
    else if (name === "t" && phonetic === 0) inText = !tag.isSelfClosing;
  });
  parser.on("text", (text) => {
    if (inText && current !== undefined) current += text;
  });
  parser.on("closetag", (tag) => {
    const name = localName(tag.name);
    if (name === "t") inText = false;
    else if (name === "rPh") phonetic--;
    else if (name === "si") {
      strings.push(decodeExcelText(current ?? ""));
      current = undefined;
    }
  });
  parser.on("error", (error) => {
    throw new XmlFormatError(path, error.message);
  });
  parser.write(xml).close();
  return strings;
}
