/** Timing helpers for the benchmark: best of several runs, after a warm-up, in milliseconds. */
export function bestOf(runs: number, work: () => void): number {
  work();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    work();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return best;
}

export async function bestOfAsync(runs: number, work: () => Promise<void>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await work();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return best;
}

export interface Figure {
  name: string;
  value: number;
  unit: string;
  goal?: string;
  met?: boolean;
}

/** One line per figure, `name: value unit`, as the issue asks; figures are collected for the table. */
export class Report {
  readonly figures: Figure[] = [];

  add(figure: Figure): void {
    this.figures.push(figure);
    const value = Number.isInteger(figure.value) ? figure.value : figure.value.toFixed(3);
    console.log(`${figure.name}: ${value} ${figure.unit}`);
  }

  table(): string {
    const rows = this.figures
      .filter((f) => f.goal)
      .map((f) => `| ${f.name} | ${formatValue(f)} | ${f.goal} | ${f.met ? "met" : "missed"} |`);
    return ["| figure | value | goal | |", "|---|---|---|---|", ...rows].join("\n");
  }
}

function formatValue(figure: Figure): string {
  const value = Number.isInteger(figure.value) ? figure.value : figure.value.toFixed(3);
  return `${value} ${figure.unit}`;
}
