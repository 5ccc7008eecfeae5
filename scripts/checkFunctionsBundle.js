/**
 * Checks the custom functions as they ship: runs dist/functions.js (the production bundle, with its
 * trimmed holiday and time-zone data) in a fresh V8 context with a stand-in for Excel's CustomFunctions
 * runtime, then calls the functions it registered with examples from docs/rules.md and the README, bank
 * holidays included. Run after `npm run build`: `npm run check:bundle` (CI does).
 */
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const bundle = path.join(__dirname, "..", "dist", "functions.js");
if (!fs.existsSync(bundle)) {
  console.error("dist/functions.js is missing: run `npm run build` first");
  process.exit(1);
}

class CustomFunctionsError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}
const registered = new Map();
const context = {
  console,
  CustomFunctions: {
    associate: (id, fn) => registered.set(id, fn),
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  },
};
context.window = context;
context.self = context;
context.globalThis = context;
vm.runInNewContext(fs.readFileSync(bundle, "utf8"), context, { filename: "functions.js" });

const serial = (iso) =>
  Math.round(
    (Date.UTC(...iso.split("-").map((n, i) => Number(n) - (i === 1 ? 1 : 0))) -
      Date.UTC(1899, 11, 30)) /
      86400000
  );
/** docs/rules.md's worked example: monthly meetings from 14/10/2025, second Tuesdays, none in August. */
const meetings = require("../test/fixtures/worked-example-meetings.json").map(serial);
const call = (name, ...args) => {
  const fn = registered.get(name);
  if (!fn) throw new Error(`${name} is not registered by the bundle`);
  return fn(...args);
};

const checks = [
  ["QUORUM(7)", () => call("QUORUM", 7), 4],
  ["QUORATE(7, 3)", () => call("QUORATE", 7, 3), false],
  [
    "NOTICEDAYS over Christmas 2026 (substitute Boxing Day, New Year)",
    () => call("NOTICEDAYS", "21/12/2026", "06/01/2027"),
    8,
  ],
  [
    "NOTICEDAYS over the spring bank holiday 2026",
    () => call("NOTICEDAYS", serial("2026-05-22"), serial("2026-06-01")),
    4,
  ],
  [
    "NOTICEDAYS over the 2022 state funeral",
    () => call("NOTICEDAYS", serial("2022-09-16"), serial("2022-09-23")),
    3,
  ],
  [
    "LAPSE, docs/rules.md's first worked example",
    () => call("LAPSE", ["A A P A R P A P P A P P P".split(" ")], [meetings], serial("2026-11-23")),
    "Lapsed on 14/07/2026: 5 absences in 12 months (14/10/2025, 11/11/2025, 13/01/2026, 14/04/2026, 14/07/2026)",
  ],
  [
    "KPISTATUS(21, 20, Lower is better)",
    () => call("KPISTATUS", 21, 20, "Lower is better"),
    "Near miss",
  ],
  [
    "DEADLINE(information, 01/10/2026)",
    () => call("DEADLINE", "information", "01/10/2026"),
    serial("2026-10-29"),
  ],
  [
    "SURVEYMARGIN(636, 8367) to 4 places",
    () => Math.round(call("SURVEYMARGIN", 636, 8367) * 1e4) / 1e4,
    0.0374,
  ],
  ["PANELYEAR(23/11/2026)", () => call("PANELYEAR", "23/11/2026"), "2026/27"],
  [
    "WORKDAYSAFTER over Christmas 2026 (substitute Boxing Day)",
    () => call("WORKDAYSAFTER", "21/12/2026", 5),
    serial("2026-12-30"),
  ],
  [
    "COMPLAINTDUE stage 2 over Easter 2027",
    () => call("COMPLAINTDUE", 2, "22/03/2027"),
    serial("2027-04-28"),
  ],
  [
    "COMPLAINTSTATUS, docs/rules.md's example",
    () => call("COMPLAINTSTATUS", "19/10/2026", "23/11/2026", "21/10/2026"),
    "Late: 2 working days",
  ],
  [
    "HAZARDDUE across the October 2026 clock change",
    () => call("HAZARDDUE", "Make safe", "Emergency", "24/10/2026 10:00"),
    serial("2026-10-25") + 9 / 24,
  ],
  [
    "QUARTILE, lower is better",
    () => call("QUARTILE", 21, 28, 37, 52, "Lower is better"),
    "Top quartile",
  ],
];

let failed = 0;
for (const [what, run, expected] of checks) {
  let actual;
  try {
    actual = run();
  } catch (error) {
    actual = `error: ${error.message}`;
  }
  const ok = JSON.stringify(actual) === JSON.stringify(expected);
  if (!ok) failed++;
  console.log(
    `${ok ? "ok  " : "FAIL"} ${what}: ${JSON.stringify(actual)}${ok ? "" : ` (expected ${JSON.stringify(expected)})`}`
  );
}
const names = [...registered.keys()].sort();
console.log(`functions.js registers ${names.length} functions: ${names.join(", ")}`);
if (names.length !== 17) failed++;
process.exit(failed === 0 ? 0 : 1);
