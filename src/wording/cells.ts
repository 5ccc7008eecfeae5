/** A cell address as problems and evidence write it, `'KPI - Rent'!J3`, back into its sheet and place. */
export interface CellPlace {
  sheet: string;
  /** 0-based, as the hosts select cells. */
  row: number;
  column: number;
  address: string;
}

const ADDRESS = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d{1,7})$/;

/** Undefined for anything that is not one cell on a named sheet. */
export function cellPlace(address: string): CellPlace | undefined {
  const match = ADDRESS.exec(address.trim());
  if (!match) return undefined;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] as string);
  const letters = match[3] as string;
  const column = [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { sheet, row: Number(match[4]) - 1, column, address: address.trim() };
}

/** The addresses in a list such as a trigger's Source ("'KPI - Rent'!H3, 'KPI - Rent'!I3"). */
export function cellPlaces(addresses: readonly string[]): CellPlace[] {
  return addresses.flatMap((a) => {
    const place = cellPlace(a);
    return place ? [place] : [];
  });
}

/** "'KPI - Rent'!H3 to J3" for a run of cells on one row of one sheet; else the addresses listed. */
export function cellsInWords(places: readonly CellPlace[]): string {
  const first = places[0];
  const last = places[places.length - 1];
  if (!first || !last) return "";
  if (places.length === 1) return first.address;
  const oneRow = places.every((p) => p.sheet === first.sheet && p.row === first.row);
  return oneRow
    ? `${first.address} to ${last.address.slice(last.address.lastIndexOf("!") + 1)}`
    : places.map((p) => p.address).join(", ");
}
