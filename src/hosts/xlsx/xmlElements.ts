import { SaxesParser } from "saxes";

/**
 * The elements of a small XML part (workbook, relationships, content types, styles, tables), each with
 * where it sits in the text, so that a part is changed by splicing new text into the old: everything
 * the add-in does not change stays exactly as Excel wrote it. Parsed by saxes, a conforming XML parser,
 * whose positions count UTF-16 code units like JavaScript strings do.
 */
export interface XmlElement {
  /** The name without its namespace prefix (`sheet` for `x:sheet`): Strict and Transitional alike. */
  name: string;
  /** The name as written, with its prefix. */
  qualifiedName: string;
  attributes: Record<string, string>;
  depth: number;
  /** Offset of `<`. */
  start: number;
  /** Offset just after the start tag's `>`. */
  openEnd: number;
  /** Offset just after the end tag (or of the start tag, for `<x/>`). */
  end: number;
  selfClosing: boolean;
  /** The text directly inside, entities decoded. */
  text: string;
}

/** The local part of a qualified name: `r:id` → `id`. */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by its local name, whatever its prefix (`r:id`, `rel:id`). */
export function attributeOf(element: XmlElement, name: string): string | undefined {
  for (const [key, value] of Object.entries(element.attributes))
    if (localName(key) === name) return value;
  return undefined;
}

/** Every element of `xml`, in document order. Throws XmlFormatError on text that is not well-formed XML. */
export function xmlElements(xml: string, part: string): XmlElement[] {
  const elements: XmlElement[] = [];
  const open: XmlElement[] = [];
  const parser = new SaxesParser({ position: true });
  parser.on("opentag", (tag) => {
    const element: XmlElement = {
      name: localName(tag.name),
      qualifiedName: tag.name,
      attributes: tag.attributes as Record<string, string>,
      depth: open.length,
      start: xml.lastIndexOf("<", parser.position - 1),
      openEnd: parser.position,
      end: parser.position,
      selfClosing: tag.isSelfClosing,
      text: "",
    };
    elements.push(element);
    open.push(element);
  });
  parser.on("text", (text) => {
    const current = open[open.length - 1];
    if (current) current.text += text;
  });
  parser.on("cdata", (text) => {
    const current = open[open.length - 1];
    if (current) current.text += text;
  });
  parser.on("closetag", () => {
    const element = open.pop();
    if (element) element.end = parser.position;
  });
  parser.on("error", (error) => {
    throw new XmlFormatError(part, error.message);
  });
  parser.write(xml).close();
  return elements;
}

/** A part whose XML is not well formed: the file is damaged. */
export class XmlFormatError extends Error {
  constructor(
    readonly part: string,
    reason: string
  ) {
    super(`${part} is not well-formed XML (${reason.split("\n")[0]})`);
    this.name = "XmlFormatError";
  }
}

/** The first element named `name` (local name) at `depth`, if given. */
export function firstElement(
  elements: readonly XmlElement[],
  name: string,
  depth?: number
): XmlElement | undefined {
  return elements.find((e) => e.name === name && (depth === undefined || e.depth === depth));
}

/** The elements directly inside `parent`. */
export function childrenOf(elements: readonly XmlElement[], parent: XmlElement): XmlElement[] {
  return elements.filter(
    (e) => e.depth === parent.depth + 1 && e.start >= parent.openEnd && e.end <= parent.end
  );
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text for an element's content or an attribute's value. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** One change to a part's text: replace `[start, end)` by `text` (an insertion when start = end). */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies non-overlapping splices. At one offset, insertions go before a replacement that starts there
 * (a new cell before the cell it precedes), each kind in the order given.
 */
export function spliced(xml: string, splices: readonly Splice[]): string {
  const ordered = splices
    .map((splice, order) => ({ ...splice, order, replaces: splice.end > splice.start ? 1 : 0 }))
    .sort((a, b) => a.start - b.start || a.replaces - b.replaces || a.order - b.order);
  let result = "";
  let at = 0;
  for (const { start, end, text } of ordered) {
    if (start < at) throw new Error(`Overlapping changes to one XML part at ${start}`);
    result += xml.slice(at, start) + text;
    at = end;
  }
  return result + xml.slice(at);
}

/** The start tag of `element` with some attributes set (added, or replaced in place) and some removed. */
export function withAttributes(
  xml: string,
  element: XmlElement,
  set: Record<string, string>,
  remove: readonly string[] = []
): Splice {
  const tag = xml.slice(element.start, element.openEnd);
  let changed = tag;
  for (const name of remove)
    changed = changed.replace(new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*("[^"]*"|'[^']*')`), "");
  for (const [name, value] of Object.entries(set)) {
    const pattern = new RegExp(`(\\s${escapeRegExp(name)}\\s*=\\s*)("[^"]*"|'[^']*')`);
    changed = pattern.test(changed)
      ? changed.replace(pattern, (_, before: string) => `${before}"${escapeXml(value)}"`)
      : changed.replace(
          /\s*(\/?>)$/,
          (_, close: string) => ` ${name}="${escapeXml(value)}"${close}`
        );
  }
  return { start: element.start, end: element.openEnd, text: changed };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Where to insert new children at the end of `parent`: before its end tag. A self-closing parent
 * (`<sheets/>`) is first opened: returns the splice that does both, with `children` inside.
 */
export function appendChildren(xml: string, parent: XmlElement, children: string): Splice {
  if (parent.selfClosing) {
    const tag = xml.slice(parent.start, parent.end).replace(/\s*\/>$/, ">");
    return {
      start: parent.start,
      end: parent.end,
      text: `${tag}${children}</${parent.qualifiedName}>`,
    };
  }
  const endTag = xml.lastIndexOf("</", parent.end - 1);
  return { start: endTag, end: endTag, text: children };
}
