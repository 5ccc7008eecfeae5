import {
  ExcelPayloadError,
  ExcelPlanError,
  ExcelSheetMissingError,
  isPayloadError,
  plainExcelMessage,
} from "../../../src/hosts/excel/errors";
import { FakeOfficeError } from "./fakeExcel";

describe("plainExcelMessage", () => {
  test("passes the add-in's own errors through: they already say what to do", () => {
    for (const error of [
      new ExcelPlanError("row 1048577"),
      new ExcelPayloadError("KPI"),
      new ExcelSheetMissingError("Members"),
    ])
      expect(plainExcelMessage(error)).toBe(error.message);
  });

  test("turns Office.js error codes into what the officer should do", () => {
    const editing = new FakeOfficeError("InvalidOperationInCellEditMode", "RichApi.Error");
    expect(plainExcelMessage(editing)).toBe(
      "Excel is waiting for you to finish typing in a cell. Press Enter or Esc, then try again."
    );
    expect(plainExcelMessage(new FakeOfficeError("AccessDenied", "x"))).toMatch(/protected/);
  });

  test("keeps the code and the first line of anything else", () => {
    const odd = new FakeOfficeError("GeneralException", "Something odd happened.\nat line 3");
    expect(plainExcelMessage(odd)).toBe(
      "Excel could not do what the add-in asked (GeneralException: Something odd happened.). " +
        "Try again; if it keeps happening, close and reopen the workbook."
    );
    expect(plainExcelMessage("a string")).toMatch(/no error code: a string/);
  });
});

describe("isPayloadError", () => {
  test("knows both of Excel on the web's payload codes, and the message when the code is general", () => {
    expect(isPayloadError(new FakeOfficeError("RequestPayloadSizeLimitExceeded", ""))).toBe(true);
    expect(isPayloadError(new FakeOfficeError("ResponsePayloadSizeLimitExceeded", ""))).toBe(true);
    expect(
      isPayloadError(new FakeOfficeError("GeneralException", "The payload size exceeded the limit"))
    ).toBe(true);
    expect(isPayloadError(new FakeOfficeError("ItemNotFound", ""))).toBe(false);
  });
});
