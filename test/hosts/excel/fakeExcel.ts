import { MemorySheet } from "../../../src/hosts/memory/memoryHost";
import {
  ExcelContext,
  ExcelRun,
  WorksheetChangedEventArgs,
} from "../../../src/hosts/excel/excelApi";
import { Delivery, FakeOfficeError, Operation } from "./fakeProtocol";
import { FakeWorksheetCollection } from "./fakeSheets";
import { FakeFormula, FakeSheet, fingerprint, sheetsFromMemory } from "./fakeWorkbook";

export { FakeOfficeError };

/**
 * A small fake of the Excel API subset in src/hosts/excel/excelApi.ts, strict where Office.js is:
 * calls on proxies are queued until `sync()`; reading a property not loaded and synced throws
 * PropertyNotLoaded; a request or response over the payload cap (5 MB, as Excel on the web) is refused
 * with nothing applied; a missing sheet fails the sync with ItemNotFound; a string value starting with
 * = + - @ becomes a formula unless the cell's format is Text ("@"), as in Excel. It counts syncs and
 * the bytes (JSON of values and number formats) of every request and response.
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
}

export type ChangeHandler = (args: WorksheetChangedEventArgs) => Promise<unknown>;

export class FakeExcel {
  sheets: FakeSheet[];
  readonly payloadCap: number;
  readonly oversizedResponse: "throw" | "null";
  syncs = 0;
  readonly requests: FakeRequest[] = [];
  readonly formulas: FakeFormula[] = [];
  readonly changeHandlers = new Set<ChangeHandler>();
  activeSheet: string | undefined;
  selection: { sheet: string; row: number; column: number } | undefined;

  constructor(sheets: MemorySheet[] = [], options: FakeExcelOptions = {}) {
    this.sheets = sheetsFromMemory(sheets);
    this.payloadCap = options.payloadCap ?? 5_000_000;
    this.oversizedResponse = options.oversizedResponse ?? "throw";
  }

  /** Stands in for `Excel.run`: a new request context per batch. */
  readonly run: ExcelRun = (batch) => batch(new FakeContext(this));

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((candidate) => candidate.name === name);
    if (!sheet) throw new Error(`The fake has no sheet ${name}`);
    return sheet;
  }

  fingerprint(): string {
    return fingerprint(this.sheets) + JSON.stringify(this.formulas);
  }

  /** An officer's change, as Excel reports it to every handler added to `worksheets.onChanged`. */
  async fireChanged(sheet = this.sheets[0]?.name ?? ""): Promise<void> {
    const args = { worksheetId: sheet, source: "Local" };
    await Promise.all([...this.changeHandlers].map((handler) => handler(args)));
  }

  /** Runs one request: all of it, or (when it fails) none of it. */
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
    const undo: (() => void)[] = [];
    const deliveries: Delivery[] = [];
    try {
      for (const operation of operations) {
        const delivery = operation.execute(undo);
        if (delivery) deliveries.push(delivery);
      }
    } catch (error) {
      for (const step of undo.reverse()) step();
      throw error;
    }
    const responseBytes = deliveries.reduce((sum, delivery) => sum + delivery.responseBytes, 0);
    const oversized = responseBytes > this.payloadCap;
    if (oversized && this.oversizedResponse === "throw") {
      for (const step of undo.reverse()) step();
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
    }
    request.responseBytes = oversized ? 0 : responseBytes;
    for (const delivery of deliveries) delivery.deliver(oversized);
    request.succeeded = true;
  }
}

export class FakeContext implements ExcelContext {
  readonly workbook: { worksheets: FakeWorksheetCollection };
  private queue: Operation[] = [];

  constructor(readonly excel: FakeExcel) {
    this.workbook = { worksheets: new FakeWorksheetCollection(this) };
  }

  enqueue(operation: Operation): void {
    this.queue.push(operation);
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    await Promise.resolve(); // a round trip: never synchronous
    this.excel.commit(operations);
  }
}
