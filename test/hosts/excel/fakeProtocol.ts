/** The fake's request protocol: queued operations, Office.js-style errors, loaded properties. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/**
 * What one queued call does at sync: it may change the workbook and answer a load. There is no undo:
 * when a call fails, the calls before it in the request have run and stay run, and the calls after it
 * never run. That is what Microsoft documents for a failed `context.sync()` (OfficeExtension.Error,
 * "Trace message instrumentation": the paragraphs inserted before the failing call stay inserted, "all
 * other commands after the failed command in the batch are not executed";
 * https://learn.microsoft.com/javascript/api/office/officeextension.error). No rollback is promised, so
 * the fake gives none.
 */
export interface Operation {
  requestBytes?: number;
  execute(): Delivery | void;
}

export interface Delivery {
  responseBytes: number;
  /** Hands the loaded properties to the proxy; `valuesLeftOut` models Excel on the web sending null. */
  deliver(valuesLeftOut: boolean): void;
}

export function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${what}`);
}

/** What Office.js reports for a member the running Excel does not have (its requirement set is newer). */
export function apiNotFound(member: string, requirementSet: string): FakeOfficeError {
  return new FakeOfficeError(
    "ApiNotFound",
    `The requested API ${member} (${requirementSet}) is not supported by this version of Excel.`
  );
}

/** Office.js's error for reading a property before `load` and `sync`. */
export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

/** A proxy's loaded properties: readable only once a load was synced. */
export class LoadedProperties {
  private readonly values = new Map<string, unknown>();

  get<T>(property: string): T {
    if (!this.values.has(property)) throw propertyNotLoaded(property);
    return this.values.get(property) as T;
  }

  set(property: string, value: unknown): void {
    this.values.set(property, value);
  }
}

/** The property names a `load` asks for, checked against those the fake knows, so a typo fails loudly. */
export function propertyNames(names: string, known: readonly string[]): string[] {
  const wanted = names.split(",").map((name) => name.trim());
  const unknown = wanted.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new Error(`The fake cannot load ${unknown.join(", ")}`);
  return wanted;
}

/**
 * Bytes of a value as JSON on the wire: UTF-8, as Excel on the web counts its 5 MB payload limit, so
 * "é" is 2 bytes, "£" 2 and "😀" 4. Counted here with Node's own encoder, independently of the host's
 * counting (src/hosts/excel/sheetDirectory.ts), so a mistake there shows up against the fake.
 */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : Buffer.byteLength(json, "utf8");
}
