import { MemorySheet } from "../../../src/workbook/memorySheet";
import { DefinedName } from "../../../src/workbook/snapshot";
import {
  ClientContext,
  ExcelContext,
  ExcelRun,
  ExcelRunIn,
  ExcelRuntime,
  WorksheetChangedEventArgs,
} from "../../../src/hosts/excel/excelApi";
import {
  apiNotFound,
  Delivery,
  FakeOfficeError,
  Operation,
  propertyNotLoaded,
} from "./fakeProtocol";
import { FakeName, FakeNamedItemCollection } from "./fakeNames";
import { FakeWorksheetCollection } from "./fakeSheets";
import { FakeFormula, FakeSheet, fingerprint, sheetsFromMemory } from "./fakeWorkbook";

export { FakeOfficeError };

/**
 * A small fake of the Excel API subset in src/hosts/excel/excelApi.ts, strict where Office.js is and
 * never kinder than Microsoft's documentation promises:
 * - calls on proxies are queued until `sync()`; reading a property not loaded and synced throws
 *   PropertyNotLoaded; a context is used only inside `run`, or again through `runIn` (Excel.run(context, …));
 * - a failed sync keeps what ran before the failing call and runs nothing after it: no rollback
 *   (fakeProtocol.ts, Operation); `failOperation` makes any call of a later request fail, to test that;
 * - a request over the payload cap (5 MB, as Excel on the web) is refused before anything runs; a
 *   response over it fails the sync (or comes back as null) after its calls have run; both are counted
 *   in UTF-8 bytes of the JSON of values and number formats;
 * - a missing sheet fails the sync with ItemNotFound; table names are unique in the whole workbook,
 *   ignoring case, and so are defined names (tables and names share one namespace); a name follows its
 *   sheet when renamed and becomes `#REF!` when its sheet is deleted; members of a newer ExcelApi than
 *   the fake's `excelApi` fail with ApiNotFound;
 * - a string value starting with = + - @ becomes a formula unless the cell's format is Text ("@");
 * - `worksheets.onChanged` handlers hear every change of cell values made while `runtime.enableEvents`
 *   is on, the add-in's own included, and an officer's change (`fireChanged`) only then too.
 * It counts syncs, calls run and the bytes of every request and response.
 */
export interface FakeRequest {
  requestBytes: number;
  responseBytes: number;
  succeeded: boolean;
}

export interface FakeExcelOptions {
  /** Bytes per request and per response; 5 MB as in Excel on the web. */
  payloadCap?: number;
  /** What Excel does with a response over the cap: refuse the sync, or send values and formats as null. */
  oversizedResponse?: "throw" | "null";
  /** The newest ExcelApi requirement set this Excel has: 1.17 (today's Excel) unless a test wants an older one. */
  excelApi?: string;
  /** Workbook-wide defined names the workbook starts with (the add-in's claims, the officers' own). */
  names?: DefinedName[];
}

export type ChangeHandler = (args: WorksheetChangedEventArgs) => Promise<unknown>;

/** "1.9" < "1.13": requirement set versions compare part by part, as numbers. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

export class FakeExcel {
  sheets: FakeSheet[];
  readonly payloadCap: number;
  readonly oversizedResponse: "throw" | "null";
  readonly excelApi: string;
  syncs = 0;
  /** Calls run by every request so far, the failing one included. */
  operationsRun = 0;
  readonly requests: FakeRequest[] = [];
  readonly formulas: FakeFormula[] = [];
  /** The workbook-wide defined names, unique ignoring case (fakeNames.ts). */
  readonly names: FakeName[];
  readonly changeHandlers = new Set<ChangeHandler>();
  /** `runtime.enableEvents`, which Excel keeps per add-in runtime (ExcelApi 1.8). */
  eventsEnabled = true;
  /** Every change event Excel fired, delivered or not: what the handlers could have heard. */
  readonly eventsFired: WorksheetChangedEventArgs[] = [];
  activeSheet: string | undefined;
  selection: { sheet: string; row: number; column: number } | undefined;
  private failure: { after: number; code: string; count: number } | undefined;
  private pendingEvents: WorksheetChangedEventArgs[] = [];

  constructor(sheets: MemorySheet[] = [], options: FakeExcelOptions = {}) {
    this.sheets = sheetsFromMemory(sheets);
    this.payloadCap = options.payloadCap ?? 5_000_000;
    this.oversizedResponse = options.oversizedResponse ?? "throw";
    this.excelApi = options.excelApi ?? "1.17";
    this.names = (options.names ?? []).map(({ name, refersTo }) => ({
      name,
      sheet: this.sheets.find((sheet) => sheet.name === refersTo?.sheet),
      row: refersTo?.row ?? 0,
      column: refersTo?.column ?? 0,
      comment: "",
    }));
  }

  /** The names as a snapshot holds them: the sheet and cell each refers to, none once its sheet is gone. */
  definedNames(): DefinedName[] {
    return this.names.map(({ name, sheet, row, column }) =>
      sheet && this.sheets.includes(sheet)
        ? { name, refersTo: { sheet: sheet.name, row, column } }
        : { name }
    );
  }

  /** Stands in for `Excel.run`: a new request context per batch, usable only while the batch runs. */
  readonly run: ExcelRun = (batch) => this.runIn(new FakeContext(this), batch);

  /** Stands in for `Excel.run(context, batch)`: the batch runs in a context an earlier batch made. */
  readonly runIn: ExcelRunIn = async (context, batch) => {
    if (!(context instanceof FakeContext) || context.excel !== this)
      throw new Error("The fake can only run a batch again in one of its own contexts");
    context.open += 1;
    try {
      return await batch(context);
    } finally {
      context.open -= 1;
    }
  };

  /** Stands in for `Office.context.requirements.isSetSupported`. */
  readonly isSetSupported = (name: string, version: string): boolean =>
    name === "ExcelApi" && compareVersions(version, this.excelApi) <= 0;

  /** What an ExcelHost needs to reach this fake. */
  hostOptions(): {
    run: ExcelRun;
    runIn: ExcelRunIn;
    isSetSupported: (name: string, version: string) => boolean;
  } {
    return { run: this.run, runIn: this.runIn, isSetSupported: this.isSetSupported };
  }

  /** Fails the call at this member if the fake's Excel is older than its requirement set. */
  requireApi(member: string, version: string): void {
    if (!this.isSetSupported("ExcelApi", version)) throw apiNotFound(member, `ExcelApi ${version}`);
  }

  /**
   * The call that runs after `after` more calls fails with `code`, whatever it is, in whichever
   * request: what a dropped connection, a coauthor's conflict or a protected sheet does to a batch.
   * With `count`, that many calls in a row fail (the first of each later request, once one has failed).
   */
  failOperation(after: number, code = "GeneralException", count = 1): void {
    this.failure = { after, code, count };
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((candidate) => candidate.name === name);
    if (!sheet) throw new Error(`The fake has no sheet ${name}`);
    return sheet;
  }

  fingerprint(): string {
    return (
      fingerprint(this.sheets) + JSON.stringify(this.formulas) + JSON.stringify(this.definedNames())
    );
  }

  /** Cell values changed on `sheet`: Excel fires onChanged, unless this runtime turned events off. */
  noteChange(sheet: string): void {
    if (!this.eventsEnabled) return;
    const args = { worksheetId: sheet, source: "Local" };
    this.eventsFired.push(args);
    this.pendingEvents.push(args);
  }

  /** An officer's change, as Excel reports it to every handler added to `worksheets.onChanged`. */
  async fireChanged(sheet = this.sheets[0]?.name ?? ""): Promise<void> {
    this.noteChange(sheet);
    await this.deliverEvents();
  }

  /** Runs one request's calls in order, stopping at the first that fails; what ran stays. */
  commit(operations: Operation[]): void {
    this.syncs += 1;
    const request: FakeRequest = { requestBytes: 0, responseBytes: 0, succeeded: false };
    this.requests.push(request);
    request.requestBytes = operations.reduce((sum, op) => sum + (op.requestBytes ?? 0), 0);
    if (request.requestBytes > this.payloadCap)
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      );
    const deliveries: Delivery[] = [];
    try {
      for (const operation of operations) {
        this.operationsRun += 1;
        this.failIfInjected();
        const delivery = operation.execute();
        if (delivery) deliveries.push(delivery);
      }
    } finally {
      // Changes that ran are reported even when a later call of the request failed.
      void this.deliverEvents();
    }
    const responseBytes = deliveries.reduce((sum, delivery) => sum + delivery.responseBytes, 0);
    const oversized = responseBytes > this.payloadCap;
    if (oversized && this.oversizedResponse === "throw")
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
    request.responseBytes = oversized ? 0 : responseBytes;
    for (const delivery of deliveries) delivery.deliver(oversized);
    request.succeeded = true;
  }

  private failIfInjected(): void {
    if (!this.failure) return;
    if (this.failure.after > 0) {
      this.failure.after -= 1;
      return;
    }
    const { code } = this.failure;
    this.failure.count -= 1;
    if (this.failure.count === 0) this.failure = undefined;
    throw new FakeOfficeError(code, "The fake failed this call on purpose.");
  }

  private async deliverEvents(): Promise<void> {
    const events = this.pendingEvents;
    this.pendingEvents = [];
    const handlers = [...this.changeHandlers];
    await Promise.all(events.flatMap((args) => handlers.map((handler) => handler(args))));
  }
}

/** `context.runtime` (ExcelApi 1.8): the host only ever sets `enableEvents`. */
class FakeRuntime implements ExcelRuntime {
  constructor(private readonly context: FakeContext) {}

  get enableEvents(): boolean {
    throw propertyNotLoaded("enableEvents");
  }

  set enableEvents(on: boolean) {
    const excel = this.context.excel;
    this.context.enqueue({
      execute: () => {
        excel.requireApi("Runtime.enableEvents", "1.8");
        excel.eventsEnabled = on;
      },
    });
  }
}

export class FakeContext implements ExcelContext, ClientContext {
  readonly workbook: { worksheets: FakeWorksheetCollection; names: FakeNamedItemCollection };
  readonly runtime: FakeRuntime;
  /** Batches running in this context now: syncing is allowed only inside one. */
  open = 0;
  private queue: Operation[] = [];

  constructor(readonly excel: FakeExcel) {
    this.workbook = {
      worksheets: new FakeWorksheetCollection(this),
      names: new FakeNamedItemCollection(this),
    };
    this.runtime = new FakeRuntime(this);
  }

  enqueue(operation: Operation): void {
    this.queue.push(operation);
  }

  async sync(): Promise<void> {
    // Microsoft's documented way to use a context after its batch is Excel.run(context, …) ("Remove an
    // event handler", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events); nothing
    // promises that a bare sync works, so the fake refuses it.
    if (this.open === 0)
      throw new Error(
        "The fake's request context was synced outside Excel.run: use Excel.run(context, batch) to use it again"
      );
    const operations = this.queue;
    this.queue = [];
    await Promise.resolve(); // a round trip: never synchronous
    this.excel.commit(operations);
  }
}
