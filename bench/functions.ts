import { dayFromIso, addMonths } from "../src/domain/calendar/days";
import { Report } from "./measure";

/** Excel's CustomFunctions global, as the functions expect it (test/setup has the same stand-in). */
function installCustomFunctionsGlobal(): void {
  class CustomFunctionsError {
    constructor(
      public code: string,
      public message?: string
    ) {}
  }
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    associate: () => undefined,
  };
}

const CALLS = 100_000;

/** Figure 4: time per call of TOSP.LAPSE on a 60-meeting row and of TOSP.KPISTATUS. Goal ≤ 5 µs. */
export async function benchFunctions(report: Report): Promise<void> {
  installCustomFunctionsGlobal();
  const { lapse, kpiStatusOf } = await import("../src/functions/functions");
  const asOf = dayFromIso("2026-11-23");
  const dates = [Array.from({ length: 60 }, (_, m) => addMonths(asOf, m - 60))];
  const marks = [dates[0]!.map((_, m) => (m % 9 === 0 ? "A" : m % 7 === 0 ? "R" : "P"))];
  const perCall = (work: (i: number) => unknown): number => {
    for (let i = 0; i < 1_000; i++) work(i);
    const started = process.hrtime.bigint();
    for (let i = 0; i < CALLS; i++) work(i);
    return Number(process.hrtime.bigint() - started) / 1e3 / CALLS;
  };
  const lapseUs = perCall(() => lapse(marks, dates, asOf));
  report.add({
    name: "TOSP.LAPSE per call (60 meetings)",
    value: lapseUs,
    unit: "µs",
    goal: "≤ 5 µs",
    met: lapseUs <= 5,
  });
  const kpiUs = perCall((i) => kpiStatusOf(90 + (i % 10), 95, "Higher is better", "5%"));
  report.add({
    name: "TOSP.KPISTATUS per call",
    value: kpiUs,
    unit: "µs",
    goal: "≤ 5 µs",
    met: kpiUs <= 5,
  });
}
