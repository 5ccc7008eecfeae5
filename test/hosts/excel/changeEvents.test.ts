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

const MEMBERS = [{ name: "Members", cells: [["Name"]] }];

describe("ExcelHost.onWorkbookChanged", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("calls the listener once, 1.5 s after the last of a burst of changes", async () => {
    const { excel, host } = hostOn(MEMBERS);
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
    const { excel, host } = hostOn(MEMBERS, { debounceMs: 300 });
    const listener = jest.fn();
    await host.onWorkbookChanged(listener);
    await excel.fireChanged();
    jest.advanceTimersByTime(300);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test("does not hear its own writes: Excel fires no event while the write has events off", async () => {
    const { excel, host } = hostOn(MEMBERS);
    const listener = jest.fn();
    await host.onWorkbookChanged(listener);
    await host.applyPlan(PLAN);
    // However long Excel on the web takes to report, there is nothing to report.
    jest.advanceTimersByTime(60_000);
    expect(listener).not.toHaveBeenCalled();
    expect(excel.eventsFired).toEqual([]);
    expect(excel.eventsEnabled).toBe(true);
    // An officer's change a moment later is heard.
    await excel.fireChanged();
    jest.advanceTimersByTime(1500);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test("the fake does fire for a write made with events on: the test above could fail", async () => {
    const { excel, host } = hostOn(MEMBERS);
    const listener = jest.fn();
    await host.onWorkbookChanged(listener);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Members").getRangeByIndexes(0, 1, 1, 1).values = [["x"]];
      await context.sync();
    });
    jest.advanceTimersByTime(1500);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test("turns events back on after a write that failed part way", async () => {
    const { excel, host } = hostOn(MEMBERS);
    const listener = jest.fn();
    await host.onWorkbookChanged(listener);
    await host.readSnapshot();
    excel.failOperation(3);
    await expect(host.applyPlan(PLAN)).rejects.toEqual(
      expect.objectContaining({ code: "GeneralException" })
    );
    expect(excel.eventsEnabled).toBe(true);
    await excel.fireChanged();
    jest.advanceTimersByTime(1500);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test("turns events on with its next request when turning them on after a failed write failed too", async () => {
    const { excel, host } = hostOn(MEMBERS);
    await host.readSnapshot();
    excel.failOperation(3, "GeneralException", 2); // the write's 4th call, then the call that turns events on
    await expect(host.applyPlan(PLAN)).rejects.toBeDefined();
    expect(excel.eventsEnabled).toBe(false);
    await host.readSnapshot();
    expect(excel.eventsEnabled).toBe(true);
  });

  test("stops calling the listener once removed, removing the handler in the context it was added in", async () => {
    // The fake refuses a context synced outside Excel.run: removal must go through Excel.run(context, …).
    const { excel, host } = hostOn(MEMBERS);
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

describe("the Excel host on an Excel older than it asks for", () => {
  test("without ExcelApi 1.8 writes without turning events off (there is no onChanged to mislead)", async () => {
    const { excel, host } = hostOn(MEMBERS, { excelApi: "1.7" });
    await host.applyPlan(PLAN);
    expect(excel.sheet("Members").rows[0]?.[1]?.value).toBe("Status");
    const stop = await host.onWorkbookChanged(jest.fn());
    expect(excel.changeHandlers.size).toBe(0);
    await stop();
  });

  test("the fake does refuse runtime.enableEvents before ExcelApi 1.8: the test above could fail", async () => {
    const { excel } = hostOn(MEMBERS, { excelApi: "1.7" });
    const run = excel.run(async (context) => {
      context.runtime.enableEvents = false;
      await context.sync();
    });
    await expect(run).rejects.toEqual(expect.objectContaining({ code: "ApiNotFound" }));
  });
});
