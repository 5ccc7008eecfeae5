import { jsonLength } from "../../../src/hosts/excel/sheetDirectory";

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

/** What one queued call does at sync: it may change the workbook (recording how to undo it) and answer a load. */
export interface Operation {
  requestBytes?: number;
  execute(undo: (() => void)[]): Delivery | void;
}

export interface Delivery {
  responseBytes: number;
  /** Hands the loaded properties to the proxy; `valuesLeftOut` models Excel on the web sending null. */
  deliver(valuesLeftOut: boolean): void;
}

export function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${what}`);
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

export { jsonLength };
