import { text, WritePlan } from "../../../src/workbook/plan";
import { hostOn } from "./excelTestKit";

const PLAN: WritePlan = {
  sheets: [
    {
      sheet: "Members",
      create: false,
      definition: "members",
      writes: [{ row: 0, column: 1, value: text("Status") }],
    },
  ],
};

describe("ExcelHost.onWorkbookChanged", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("calls the listener once, 1.5 s after the last of a burst of changes", async () => {
    const { excel, host } = hostOn([{ name: "Members", cells: [["Name"]] }]);
    const listener = jest.fn();
    await host.onWorkbookChanged(listener);
    for (let i = 0; i < 5; i++) {
      await excel.fireChanged();
      jest.advanceTimersByTime(1000);
    }
    expect(listener).not.toHaveBeenCalled();
    jest.advanceTimersByTime(499);
    expect(listener).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test("waits as long as the host was told to", async () => {
    const { excel, host } = hostOn([{ name: "Members", cells: [["Name"]] }], { debounceMs: 300 });
    const listener = jest.fn();
    await host.onWorkbookChanged(listener);
    await excel.fireChanged();
    jest.advanceTimersByTime(300);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test("ignores the changes the host makes itself, during its write and as they arrive just after", async () => {
    const { excel, host } = hostOn([{ name: "Members", cells: [["Name"]] }]);
    const listener = jest.fn();
    await host.onWorkbookChanged(listener);
    const commit = excel.commit.bind(excel);
    excel.commit = (operations) => {
      commit(operations);
      void excel.fireChanged(); // Excel reports the write as a change
    };
    await host.applyPlan(PLAN);
    excel.commit = commit;
    await excel.fireChanged(); // a late report of the same write
    jest.advanceTimersByTime(5000);
    expect(listener).not.toHaveBeenCalled();
    // An officer's change a moment later is seen.
    await excel.fireChanged();
    jest.advanceTimersByTime(1500);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test("stops calling the listener once removed, removing the handler from Excel", async () => {
    const { excel, host } = hostOn([{ name: "Members", cells: [["Name"]] }]);
    const listener = jest.fn();
    const stop = await host.onWorkbookChanged(listener);
    expect(excel.changeHandlers.size).toBe(1);
    await excel.fireChanged();
    await stop();
    jest.advanceTimersByTime(5000);
    expect(listener).not.toHaveBeenCalled();
    expect(excel.changeHandlers.size).toBe(0);
  });
});
