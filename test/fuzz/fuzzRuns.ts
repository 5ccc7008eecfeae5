/**
 * How many random workbooks each property tries: `FUZZ_RUNS` (a whole number), else 60 so that
 * `npm test` runs a quick pass; `npm run fuzz` sets 10,000.
 */
export function fuzzRuns(): number {
  const given = process.env.FUZZ_RUNS;
  if (given === undefined || given.trim() === "") return 60;
  const runs = Number(given);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`FUZZ_RUNS must be a whole number of at least 1; got "${given}"`);
  return runs;
}

/** A jest timeout that grows with the runs: a slow machine must not fail a long fuzz for time alone. */
export function fuzzTimeout(runs: number): number {
  return Math.max(60_000, runs * 50);
}

/**
 * A size for a slow test: `quick` in `npm test`, `full` under `npm run fuzz` (LONG_RUNS=1). A quick size
 * must still be one the test can fail at (say which in the test).
 */
export function sizedFor<T>(quick: T, full: T): T {
  return process.env.LONG_RUNS ? full : quick;
}
