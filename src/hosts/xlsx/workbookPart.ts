import {
  appendChildren,
  attributeOf,
  childrenOf,
  escapeXml,
  firstElement,
  localName,
  Splice,
  spliced,
  XmlElement,
  xmlElements,
} from "./xmlElements";

/**
 * The workbook part (ECMA-376 Part 1, §18.2.27): the sheets in tab order, the date system and the
 * defined names. New sheets and names are spliced in; nothing else of the part changes.
 */
export interface SheetListing {
  name: string;
  sheetId: number;
  relationshipId: string;
  /** Hidden sheets are read as any other: officers hide working sheets, not their data. */
  state: string;
}

export interface DefinedName {
  name: string;
  /** The 0-based tab index of the sheet the name belongs to; undefined for a workbook-wide name. */
  localSheetId?: number;
  formula: string;
  /** Where it sits in the part, to delete it. */
  element: XmlElement;
}

export class WorkbookPart {
  readonly sheets: SheetListing[];
  readonly date1904: boolean;
  readonly definedNames: DefinedName[];
  private readonly elements: XmlElement[];
  private readonly addedSheets: string[] = [];
  private readonly addedNames: { name: string; localSheetId?: number; xml: string }[] = [];
  private readonly removedNames = new Set<DefinedName>();

  constructor(
    readonly path: string,
    private readonly xml: string
  ) {
    this.elements = xmlElements(xml, path);
    const sheets = this.section("sheets");
    this.sheets = (sheets ? childrenOf(this.elements, sheets) : [])
      .filter((e) => e.name === "sheet")
      .map((e) => ({
        name: attributeOf(e, "name") ?? "",
        sheetId: Number(attributeOf(e, "sheetId") ?? 0),
        relationshipId: relationshipIdOf(e) ?? "",
        state: attributeOf(e, "state") ?? "visible",
      }));
    const workbookPr = this.section("workbookPr");
    const date1904 = workbookPr ? attributeOf(workbookPr, "date1904") : undefined;
    this.date1904 = date1904 === "1" || date1904 === "true";
    const names = this.section("definedNames");
    this.definedNames = (names ? childrenOf(this.elements, names) : [])
      .filter((e) => e.name === "definedName")
      .map((e) => {
        const local = attributeOf(e, "localSheetId");
        return {
          name: attributeOf(e, "name") ?? "",
          ...(local === undefined ? {} : { localSheetId: Number(local) }),
          formula: e.text,
          element: e,
        };
      });
  }

  get changed(): boolean {
    return this.addedSheets.length > 0 || this.addedNames.length > 0 || this.removedNames.size > 0;
  }

  private section(name: string): XmlElement | undefined {
    return firstElement(this.elements, name, 1);
  }

  private get root(): XmlElement {
    const root = this.elements[0];
    if (!root || root.name !== "workbook") throw new Error(`${this.path} has no workbook element`);
    return root;
  }

  /** The prefix the part binds to a namespace (`r` for relationships), undefined when unbound. */
  prefixOf(namespace: string): string | undefined {
    for (const [key, value] of Object.entries(this.root.attributes))
      if (value === namespace && key.startsWith("xmlns:")) return key.slice("xmlns:".length);
    return undefined;
  }

  /** Adds a sheet at the end of the tabs; returns its 0-based tab index. */
  addSheet(
    name: string,
    sheetId: number,
    relationshipId: string,
    relationshipsNamespace: string
  ): number {
    const prefix = this.prefixOf(relationshipsNamespace);
    const sheets = this.section("sheets");
    const element = sheets ? qualified(sheets, "sheet") : "sheet";
    const id = prefix
      ? `${prefix}:id="${escapeXml(relationshipId)}"`
      : `xmlns:r="${relationshipsNamespace}" r:id="${escapeXml(relationshipId)}"`;
    this.addedSheets.push(`<${element} name="${escapeXml(name)}" sheetId="${sheetId}" ${id}/>`);
    return this.sheets.length + this.addedSheets.length - 1;
  }

  /**
   * Whether the workbook (or, with `localSheetId`, that sheet) has a name, as this plan leaves it so
   * far. Names compare ignoring case, as Excel compares them.
   */
  hasDefinedName(name: string, localSheetId?: number): boolean {
    const same = (other: { name: string; localSheetId?: number }): boolean =>
      other.name.toUpperCase() === name.toUpperCase() && other.localSheetId === localSheetId;
    return (
      this.definedNames.some((named) => same(named) && !this.removedNames.has(named)) ||
      this.addedNames.some(same)
    );
  }

  /**
   * Adds a defined name, e.g. a sheet's print titles (`_xlnm.Print_Titles`, §18.2.5) or a claim of the
   * add-in's, with its comment (CT_DefinedName's `comment`, shown in Name Manager). A name the workbook
   * already has is refused, as Excel refuses it: delete it first.
   */
  addDefinedName(name: string, formula: string, localSheetId?: number, comment?: string): void {
    if (this.hasDefinedName(name, localSheetId))
      throw new Error(`${this.path} already has a defined name ${name}`);
    const names = this.section("definedNames");
    const element = names ? qualified(names, "definedName") : this.qualifiedLike("definedName");
    const local = localSheetId === undefined ? "" : ` localSheetId="${localSheetId}"`;
    const note = comment === undefined ? "" : ` comment="${escapeXml(comment)}"`;
    this.addedNames.push({
      name,
      ...(localSheetId === undefined ? {} : { localSheetId }),
      xml: `<${element} name="${escapeXml(name)}"${local}${note}>${escapeXml(formula)}</${element}>`,
    });
  }

  /** Deletes a workbook-wide defined name (ignoring case), whether the file had it or this plan added it. */
  removeDefinedName(name: string): void {
    const same = (other: { name: string; localSheetId?: number }): boolean =>
      other.name.toUpperCase() === name.toUpperCase() && other.localSheetId === undefined;
    for (const named of this.definedNames) if (same(named)) this.removedNames.add(named);
    const kept = this.addedNames.filter((added) => !same(added));
    this.addedNames.splice(0, this.addedNames.length, ...kept);
  }

  private qualifiedLike(name: string): string {
    const prefix = this.root.qualifiedName.includes(":")
      ? this.root.qualifiedName.split(":")[0]
      : "";
    return prefix ? `${prefix}:${name}` : name;
  }

  toXml(): string {
    const splices: Splice[] = [...this.removedNames].map(({ element }) => ({
      start: element.start,
      end: element.end,
      text: "",
    }));
    const sheets = this.section("sheets");
    if (this.addedSheets.length > 0) {
      if (!sheets) throw new Error(`${this.path} has no sheets element`);
      splices.push(appendChildren(this.xml, sheets, this.addedSheets.join("")));
    }
    if (this.addedNames.length > 0) {
      const names = this.section("definedNames");
      const added = this.addedNames.map((named) => named.xml).join("");
      if (names) splices.push(appendChildren(this.xml, names, added));
      else {
        // CT_Workbook (§18.2.27): definedNames follows sheets, functionGroups and externalReferences.
        const after = ["externalReferences", "functionGroups", "sheets"]
          .map((n) => this.section(n))
          .find((e): e is XmlElement => e !== undefined);
        if (!after) throw new Error(`${this.path} has no sheets element`);
        const at = after.end;
        const element = this.qualifiedLike("definedNames");
        splices.push({
          start: at,
          end: at,
          text: `<${element}>${added}</${element}>`,
        });
      }
    }
    return spliced(this.xml, splices);
  }
}

/** A child's name with its parent's namespace prefix (`x:sheets` → `x:sheet`). */
function qualified(parent: XmlElement, name: string): string {
  const colon = parent.qualifiedName.indexOf(":");
  return colon < 0 ? name : `${parent.qualifiedName.slice(0, colon)}:${name}`;
}

/** A sheet's `r:id`, whatever prefix binds the relationships namespace. */
function relationshipIdOf(element: XmlElement): string | undefined {
  for (const [key, value] of Object.entries(element.attributes))
    if (key.includes(":") && localName(key) === "id") return value;
  return undefined;
}
