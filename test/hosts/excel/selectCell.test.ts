import { OfficeMockObject } from "office-addin-mock";
import { ExcelContext } from "../../../src/hosts/excel/excelApi";
import { ExcelSheetMissingError } from "../../../src/hosts/excel/errors";
import { ExcelHost } from "../../../src/hosts/excel/excelHost";
import { selectCell } from "../../../src/hosts/excel/selectCell";
import { demoWorkbook } from "../../../src/demo/demoWorkbook";
import { hostOn, syncsOf } from "./excelTestKit";

describe("ExcelHost.selectCell", () => {
  test("activates the sheet and selects the cell in one sync", async () => {
    const { excel, host } = hostOn(demoWorkbook());
    expect(await syncsOf(excel, () => host.selectCell("Attendance", 4, 2))).toBe(1);
    expect(excel.activeSheet).toBe("Attendance");
    expect(excel.selection).toEqual({ sheet: "Attendance", row: 4, column: 2 });
  });

  test("says the sheet has gone when it was renamed or deleted", async () => {
    const { excel, host } = hostOn(demoWorkbook());
    const selecting = host.selectCell("Old members", 1, 1);
    await expect(selecting).rejects.toBeInstanceOf(ExcelSheetMissingError);
    await expect(selecting).rejects.toThrow('The sheet "Old members" was renamed or deleted');
    expect(excel.activeSheet).toBeUndefined();
  });

  test("makes the same calls on office-addin-mock's Excel stand-in", async () => {
    const calls: string[] = [];
    const excelMock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            getItem: (name: string) => {
              calls.push(`getItem ${name}`);
              return {
                activate: () => calls.push("activate"),
                getRangeByIndexes: (...indexes: number[]) => {
                  calls.push(`getRangeByIndexes ${indexes.join(",")}`);
                  return { select: () => calls.push("select") };
                },
              };
            },
          },
        },
      },
      run: async (batch: (context: unknown) => Promise<unknown>) => batch(excelMock.context),
    });
    const host = new ExcelHost({ run: (batch) => excelMock.run(batch) });
    await host.selectCell("Members", 3, 0);
    expect(calls).toEqual(["getItem Members", "activate", "getRangeByIndexes 3,0,1,1", "select"]);
  });

  test("syncs the context it is given (office-addin-mock's sync)", async () => {
    const mockContext = new OfficeMockObject({
      workbook: {
        worksheets: {
          getItem: () => ({
            activate: () => undefined,
            getRangeByIndexes: () => ({ select: () => undefined }),
          }),
        },
      },
    });
    const sync = jest.spyOn(mockContext, "sync");
    await selectCell(mockContext as unknown as ExcelContext, "Members", 0, 0);
    expect(sync).toHaveBeenCalledTimes(1);
  });
});
