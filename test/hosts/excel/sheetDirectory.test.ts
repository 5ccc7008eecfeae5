import fc from "fast-check";
import {
  isUnfinishedSheet,
  unfinishedSheetName,
  utf8Bytes,
} from "../../../src/hosts/excel/sheetDirectory";

describe("utf8Bytes", () => {
  test("counts what Excel on the web counts against its 5 MB: UTF-8 bytes, not UTF-16 units", () => {
    expect(["a", "é", "£", "€", "😀", "Rhian ap Siôn", ""].map(utf8Bytes)).toEqual([
      1, 2, 2, 3, 4, 14, 0,
    ]);
  });

  test("agrees with Node's encoder on any text, lone surrogates included", () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.string({ unit }), (text) => {
        expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, "utf8"));
      })
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, "utf8"));
      })
    );
  });
});

describe("unfinished sheets", () => {
  test("have names of at most 31 characters that nothing else is taken for", () => {
    expect(unfinishedSheetName(12)).toBe("TOSP unfinished write 12");
    expect(unfinishedSheetName(999_999).length).toBeLessThanOrEqual(31);
    expect(isUnfinishedSheet(unfinishedSheetName(3))).toBe(true);
    expect(
      ["TOSP unfinished write", "TOSP unfinished write 1 (2)", "Triggers"].some(isUnfinishedSheet)
    ).toBe(false);
  });
});
