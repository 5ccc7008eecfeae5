import { absoluteReference, parseReference } from "../../workbook/address";
import { NameWrite, SheetPlan, WritePlan, WriteValue } from "../../workbook/plan";
import { DefinedName, SheetSnapshot, WorkbookSnapshot } from "../../workbook/snapshot";
import { areaReference, newSheetXml, tableXml } from "./newSheet";
import {
  CONTENT_TYPE,
  ContentTypesPart,
  Flavour,
  isKind,
  MAIN_NAMESPACE,
  Relationship,
  relationshipsPathOf,
  RelationshipsPart,
  RELATIONSHIPS_NAMESPACE,
  relationshipType,
  resolveTarget,
  targetFrom,
} from "./opc";
import { SharedStrings } from "./sharedStrings";
import { readSheetValues } from "./sheetValues";
import { CellStyles, formatOfWrite, patchSheet } from "./sheetPatch";
import { MINIMAL_STYLES, StylesPart } from "./styles";
import { resizedTable, TableInfo, tableInfoOf } from "./tables";
import { WorkbookPart } from "./workbookPart";
import { PackageParts } from "./packageParts";
import { ZipArchive, ZipOutput } from "./zipArchive";

/**
 * Filled cells a workbook may hold: 3,000,000 (500,000 KPI rows of six columns) scan in about 750 MB;
 * a 1,000,000-row sheet would need 1.4 GB and several could exhaust memory, so they are refused.
 */
export const CELL_LIMIT = 3_000_000;

/** The file is a zip but not a spreadsheet this host can read: says why, in plain words. */
export class XlsxFormatError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "XlsxFormatError";
  }
}

interface SheetInPackage {
  name: string;
  /** The worksheet part, or undefined for a chart sheet or other kind the add-in never reads. */
  path?: string;
}

/**
 * A workbook package opened for a scan: read as values, changed as a patch. Parts the plan does not
 * touch are copied as stored; parts it changes are the old text with the new spliced in; shared strings
 * and styles only grow (docs/development.md, hosts/xlsx).
 */
export class XlsxPackage {
  private readonly files: PackageParts;
  private sharedStringsPart?: SharedStrings;
  private stylesPart?: StylesPart;
  private readonly sheets: SheetInPackage[];
  readonly flavour: Flavour;

  private constructor(
    private readonly archive: ZipArchive,
    private readonly contentTypes: ContentTypesPart,
    private readonly workbook: WorkbookPart,
    private readonly workbookRelationships: RelationshipsPart
  ) {
    this.files = new PackageParts(archive);
    const namespace = /\sxmlns(?::\w+)?="([^"]+)"/.exec(archive.text(workbook.path) ?? "")?.[1];
    this.flavour = namespace === MAIN_NAMESPACE.strict ? "strict" : "transitional";
    const related = new Map(workbookRelationships.relationships.map((r) => [r.id, r]));
    this.sheets = workbook.sheets.map((listing) => {
      const relationship = related.get(listing.relationshipId);
      const path =
        relationship && isKind(relationship, "worksheet")
          ? resolveTarget(workbook.path, relationship.target)
          : undefined;
      return { name: listing.name, ...(path === undefined ? {} : { path }) };
    });
    const strings = this.related("sharedStrings");
    if (strings) this.sharedStringsPart = SharedStrings.read(strings, archive.text(strings) ?? "");
    const styles = this.related("styles");
    if (styles) this.stylesPart = new StylesPart(styles, archive.text(styles) ?? "");
  }

  /** Opens a package; XlsxFormatError when it is a zip but not a workbook. */
  static fromArchive(archive: ZipArchive): XlsxPackage {
    const types = archive.text(ContentTypesPart.PATH);
    const packageRelationships = archive.text("_rels/.rels");
    if (types === undefined || packageRelationships === undefined)
      throw new XlsxFormatError("it is a zip file, not an Excel workbook");
    const contentTypes = new ContentTypesPart(types);
    const office = new RelationshipsPart("_rels/.rels", packageRelationships).relationships.find(
      (r) => isKind(r, "officeDocument")
    );
    const path = office ? resolveTarget("", office.target) : undefined;
    const xml = path ? archive.text(path) : undefined;
    if (
      !path ||
      xml === undefined ||
      !/spreadsheetml|ms-excel/.test(contentTypes.typeOf(path) ?? "")
    )
      throw new XlsxFormatError("it is not an Excel workbook (a Word or PowerPoint file, perhaps)");
    const relationships = new RelationshipsPart(
      relationshipsPathOf(path),
      archive.text(relationshipsPathOf(path)) ?? ""
    );
    const workbook = new WorkbookPart(path, xml);
    return new XlsxPackage(archive, contentTypes, workbook, relationships);
  }

  /** A macro-enabled workbook (.xlsm): its VBA project is copied as it is, and the copy must be an .xlsm too. */
  get macroEnabled(): boolean {
    return /macroEnabled/i.test(this.contentTypes.typeOf(this.workbook.path) ?? "");
  }

  get sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  get worksheetCount(): number {
    return this.sheets.filter((sheet) => sheet.path !== undefined).length;
  }

  private related(kind: string): string | undefined {
    const relationship = this.workbookRelationships.relationships.find((r) => isKind(r, kind));
    return relationship ? resolveTarget(this.workbook.path, relationship.target) : undefined;
  }

  /**
   * Every worksheet's used range: values and number formats, read as each sheet's XML streams; and
   * the workbook-wide defined names. TooManyCellsError past `cellLimit` filled cells in all.
   */
  async readSnapshot(cellLimit = CELL_LIMIT): Promise<WorkbookSnapshot> {
    const reading = {
      strings: this.sharedStringsPart?.strings ?? [],
      styles: this.stylesPart,
      date1904: this.workbook.date1904,
      budget: { cells: cellLimit, limit: cellLimit },
    };
    const sheets: SheetSnapshot[] = [];
    for (const sheet of this.sheets) {
      if (!sheet.path) continue;
      const stream = this.archive.stream(sheet.path);
      const snapshot = stream
        ? await readSheetValues(sheet.name, sheet.path, stream, reading)
        : { name: sheet.name, origin: { row: 0, column: 0 }, values: [] };
      sheets.push(snapshot);
    }
    return { sheets, names: this.workbookNames() };
  }

  /** Names scoped to the workbook, each with the cell it refers to when it refers to one (§18.2.5). */
  private workbookNames(): DefinedName[] {
    return this.workbook.definedNames
      .filter((named) => named.localSheetId === undefined)
      .map(({ name, formula }) => {
        const refersTo = parseReference(formula);
        return refersTo ? { name, refersTo } : { name };
      });
  }

  /**
   * Carries out a plan on the package's parts (nothing is written to a file until `parts`): the sheets,
   * then the names deleted and added, each a workbook-wide defined name (`'KPI status'!$A$1`).
   */
  applyPlan(plan: WritePlan): void {
    for (const named of plan.addNames ?? []) this.checkName(named, plan);
    for (const sheetPlan of plan.sheets) {
      const sheet = this.sheets.find((s) => s.name.toLowerCase() === sheetPlan.sheet.toLowerCase());
      if (!sheet) {
        if (!sheetPlan.create)
          throw new Error(`The plan writes to a sheet that does not exist: ${sheetPlan.sheet}`);
        this.createSheet(sheetPlan);
      } else if (sheet.path) this.patchSheet(sheet.path, sheetPlan);
      else throw new Error(`The plan writes to ${sheetPlan.sheet}, which is not a worksheet`);
    }
    for (const name of plan.removeNames ?? []) this.workbook.removeDefinedName(name);
    for (const { name, sheet, row, column, comment } of plan.addNames ?? [])
      this.workbook.addDefinedName(name, absoluteReference(sheet, row, column), undefined, comment);
  }

  /** A name refers to a sheet the workbook has or the plan creates, by its exact name. */
  private checkName({ name, sheet }: NameWrite, plan: WritePlan): void {
    const exists =
      this.sheets.some((s) => s.name === sheet) ||
      plan.sheets.some((s) => s.create && s.sheet === sheet);
    if (!exists)
      throw new Error(`The name ${name} refers to a sheet that does not exist: ${sheet}`);
  }

  private patchSheet(path: string, sheetPlan: SheetPlan): void {
    if (sheetPlan.writes.length === 0) return;
    const patched = patchSheet(this.files.textOf(path), path, sheetPlan.writes, this.cellStyles());
    this.files.setText(path, patched.xml);
    if (patched.formulaRemoved) this.removeCalculationChain();
    this.resizeOwnedTable(path, sheetPlan);
  }

  /**
   * The add-in's own table on a sheet it writes again follows its rows, growing and shrinking, to the
   * area the plan gives (engine/ownedTables.ts); the officers' tables are theirs and never change.
   */
  private resizeOwnedTable(sheetPath: string, sheetPlan: SheetPlan): void {
    const wanted = sheetPlan.layout?.table;
    if (!wanted) return;
    const table = this.tablesOf(sheetPath).find(
      (t) => t.name.toLowerCase() === wanted.name.toLowerCase()
    );
    if (!table) return;
    const xml = this.files.textOf(table.path);
    const resized = resizedTable(xml, table, areaReference(wanted.area));
    if (resized !== xml) this.files.setText(table.path, resized);
  }

  private tablesOf(sheetPath: string): TableInfo[] {
    const relationships = this.files.relationshipsOf(sheetPath);
    return relationships
      .all()
      .filter((r: Relationship) => isKind(r, "table") && !r.external)
      .map((r) => resolveTarget(sheetPath, r.target))
      .flatMap((path) => {
        const xml = this.files.textOf(path);
        return xml === "" ? [] : [tableInfoOf(path, xml)];
      });
  }

  private createSheet(sheetPlan: SheetPlan): void {
    const path = this.files.unusedPath("xl/worksheets/sheet", ".xml");
    const relationshipId = this.workbookRelationships.add(
      relationshipType(this.flavour, "worksheet"),
      targetFrom(this.workbook.path, path)
    );
    const sheetId =
      Math.max(0, ...this.workbook.sheets.map((s) => s.sheetId), ...this.createdSheetIds) + 1;
    this.createdSheetIds.push(sheetId);
    const tabIndex = this.workbook.addSheet(
      sheetPlan.sheet,
      sheetId,
      relationshipId,
      RELATIONSHIPS_NAMESPACE[this.flavour]
    );
    this.contentTypes.override(path, CONTENT_TYPE.worksheet);
    this.sheets.push({ name: sheetPlan.sheet, path });

    const tableRelationship = this.addTable(path, sheetPlan);
    const xml = newSheetXml(
      {
        writes: sheetPlan.writes,
        ...(sheetPlan.layout ? { layout: sheetPlan.layout } : {}),
        ...(tableRelationship ? { tableRelationship } : {}),
      },
      {
        ...this.cellStyles(),
        bold: (base) => this.styles().bold(base),
        highlight: (h) => this.styles().highlight(h),
      },
      { main: MAIN_NAMESPACE[this.flavour], relationships: RELATIONSHIPS_NAMESPACE[this.flavour] }
    );
    this.files.add(path, xml);
    const headerRows = sheetPlan.layout?.freezeRows ?? 0;
    if (headerRows > 0)
      this.workbook.addDefinedName(
        "_xlnm.Print_Titles",
        `${quotedSheet(sheetPlan.sheet)}!$1:$${headerRows}`,
        tabIndex
      );
  }

  private readonly createdSheetIds: number[] = [];

  /** The layout's table as a table part related to the new sheet; undefined when its headers cannot make one. */
  private addTable(sheetPath: string, sheetPlan: SheetPlan): string | undefined {
    const table = sheetPlan.layout?.table;
    if (!table) return undefined;
    const { area } = table;
    const headers: string[] = [];
    for (let column = area.column; column < area.column + area.columnCount; column++) {
      const write = sheetPlan.writes.find((w) => w.row === area.row && w.column === column);
      headers.push(write?.value.kind === "text" ? write.value.text.trim() : "");
    }
    // Excel repairs a table whose header cells are blank or repeated (they must match its column names).
    const keys = headers.map((h) => h.toLowerCase());
    if (keys.some((k) => k === "") || new Set(keys).size !== keys.length) return undefined;
    const existing = this.contentTypes
      .partsOfType(CONTENT_TYPE.table)
      .flatMap((part) => {
        const xml = this.archive.text(part);
        return xml === undefined ? [] : [tableInfoOf(part, xml)];
      })
      .concat(this.createdTables);
    const names = new Set([
      ...existing.map((t) => t.name.toLowerCase()),
      ...this.workbook.definedNames.map((n) => n.name.toLowerCase()),
    ]);
    // Tables and workbook-wide names share one namespace: the names this plan adds count too.
    const taken = (candidate: string): boolean =>
      names.has(candidate.toLowerCase()) || this.workbook.hasDefinedName(candidate);
    let name = table.name;
    for (let n = 2; taken(name); n++) name = `${table.name}_${n}`;
    const id = Math.max(0, ...existing.map((t) => t.id)) + 1;
    const path = this.files.unusedPath("xl/tables/table", ".xml");
    this.files.add(path, tableXml(id, name, area, headers, MAIN_NAMESPACE[this.flavour]));
    this.createdTables.push({ path, id, name, ref: "" });
    this.contentTypes.override(path, CONTENT_TYPE.table);
    const relationships = this.files.relationshipsOf(sheetPath);
    return relationships.add(relationshipType(this.flavour, "table"), targetFrom(sheetPath, path));
  }

  private readonly createdTables: TableInfo[] = [];

  private cellStyles(): CellStyles {
    return {
      date1904: this.workbook.date1904,
      styleFor: (value: WriteValue, base: number) => {
        const format = formatOfWrite(value);
        return format === undefined ? base : this.styles().withFormat(base, format);
      },
      stringIndex: (text: string) => this.strings().indexOf(text),
    };
  }

  private styles(): StylesPart {
    if (!this.stylesPart) {
      const path = "xl/styles.xml";
      this.stylesPart = new StylesPart(path, MINIMAL_STYLES(MAIN_NAMESPACE[this.flavour]));
      this.workbookRelationships.add(
        relationshipType(this.flavour, "styles"),
        targetFrom(this.workbook.path, path)
      );
      this.contentTypes.override(path, CONTENT_TYPE.styles);
      this.newManagedParts.add(path);
    }
    return this.stylesPart;
  }

  private strings(): SharedStrings {
    if (!this.sharedStringsPart) {
      const path = "xl/sharedStrings.xml";
      this.sharedStringsPart = new SharedStrings(path, [], "");
      this.workbookRelationships.add(
        relationshipType(this.flavour, "sharedStrings"),
        targetFrom(this.workbook.path, path)
      );
      this.contentTypes.override(path, CONTENT_TYPE.sharedStrings);
      this.newManagedParts.add(path);
    }
    return this.sharedStringsPart;
  }

  private readonly newManagedParts = new Set<string>();

  /**
   * The calculation chain lists every formula cell; one that no longer holds a formula makes Excel
   * repair the file. Excel rebuilds a missing chain on its next calculation, so it goes.
   */
  private removeCalculationChain(): void {
    const relationship = this.workbookRelationships.relationships.find((r) =>
      isKind(r, "calcChain")
    );
    if (!relationship) return;
    const path = resolveTarget(this.workbook.path, relationship.target);
    this.workbookRelationships.remove(relationship.id);
    this.contentTypes.remove(path);
    this.files.remove(path);
  }

  /** The package's parts for the copy, in the original's order, changed ones rewritten, new ones last. */
  parts(): ZipOutput[] {
    const rewritten = new Map<string, string>();
    if (this.contentTypes.changed) rewritten.set(ContentTypesPart.PATH, this.contentTypes.toXml());
    if (this.workbook.changed) rewritten.set(this.workbook.path, this.workbook.toXml());
    if (this.workbookRelationships.changed)
      rewritten.set(this.workbookRelationships.path, this.workbookRelationships.toXml());
    const styles = this.stylesPart;
    if (styles && (styles.changed || this.newManagedParts.has(styles.path)))
      rewritten.set(styles.path, styles.toXml());
    const strings = this.sharedStringsPart;
    if (strings && (strings.changed || this.newManagedParts.has(strings.path)))
      rewritten.set(strings.path, strings.toXml(MAIN_NAMESPACE[this.flavour]));
    return this.files.outputs(rewritten);
  }
}

/** A sheet name as a formula writes it: in single quotes, its own quotes doubled. */
function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
