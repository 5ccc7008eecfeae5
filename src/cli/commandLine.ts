import { existsSync, readFileSync } from "fs";
import { dirname, join } from "path";
import { parseArgs } from "util";
import { CliError } from "./cliError";

/** The options tosp knows, and how each is written when it needs a value. */
const OPTIONS = {
  out: { type: "string", short: "o" },
  pdf: { type: "string" },
  "as-of": { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

type OptionName = keyof typeof OPTIONS;

const EXAMPLES: Record<OptionName, string> = {
  out: "--out FILE",
  pdf: "--pdf REPORT.pdf",
  "as-of": "--as-of 2026-11-23",
  help: "--help",
  version: "--version",
};

/** How each option is written in a list of what a command takes. */
const USAGE: Record<OptionName, string> = {
  out: "--out FILE",
  pdf: "--pdf FILE.pdf",
  "as-of": "--as-of YYYY-MM-DD",
  help: "--help",
  version: "--version",
};

/** Which options each command takes, for the message about one it does not. */
const COMMAND_OPTIONS: Record<string, OptionName[]> = {
  scan: ["out", "as-of"],
  report: ["out", "pdf", "as-of"],
  demo: ["out"],
};

export interface CommandLine {
  command?: string;
  rest: string[];
  out?: string;
  pdf?: string;
  asOf?: string;
  help: boolean;
  version: boolean;
}

const isOption = (name: string): name is OptionName => Object.hasOwn(OPTIONS, name);

/** "--out FILE and --as-of 2026-11-23": the options a command takes, as they are written. */
function optionsOf(command: string | undefined): string {
  const names = (command && COMMAND_OPTIONS[command]) || ["out", "pdf", "as-of"];
  const written = names.map((name) => USAGE[name]);
  return written.length === 1
    ? (written[0] as string)
    : `${written.slice(0, -1).join(", ")} and ${written[written.length - 1]}`;
}

/**
 * The arguments read with Node's parseArgs, but every mistake said in tosp's own words (Node's
 * messages quote the option with an unclosed quote and name no fix): an option tosp does not know, an
 * option without its value, a value given to a switch.
 */
export function parseCommandLine(args: string[]): CommandLine {
  const { positionals, tokens } = parseArgs({
    args,
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: OPTIONS,
  });
  const [command, ...rest] = positionals;
  const line: CommandLine = { command, rest, help: false, version: false };
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const written = token.rawName;
    if (!isOption(token.name))
      throw new CliError(
        `${written} is not an option of tosp${command && COMMAND_OPTIONS[command] ? ` ${command}` : ""}: ${
          command && COMMAND_OPTIONS[command]
            ? `it takes ${optionsOf(command)}`
            : `the options are ${optionsOf(undefined)}`
        } (tosp help for more)`
      );
    const option = OPTIONS[token.name];
    if (option.type === "string") {
      // "--out --as-of 2026-11-23": the next option is not --out's value.
      const missing =
        token.value === undefined ||
        token.value === "" ||
        (!token.inlineValue && /^--?[a-z]/i.test(token.value));
      if (missing)
        throw new CliError(`${written} needs a value after it, such as ${EXAMPLES[token.name]}`);
      const value = token.value as string;
      if (token.name === "out") line.out = value;
      else if (token.name === "pdf") line.pdf = value;
      else line.asOf = value;
    } else {
      if (token.value !== undefined)
        throw new CliError(`${written} takes no value: write it alone, as ${EXAMPLES[token.name]}`);
      if (token.name === "help") line.help = true;
      else line.version = true;
    }
  }
  return line;
}

/**
 * tosp's version, from the package.json of the package it was installed from: the nearest one named
 * tosp above this file (lib/cli/ in a package, a test build's own folder in jest).
 */
export function tospVersion(from: string = __dirname): string {
  for (let folder = from; ; folder = dirname(folder)) {
    const file = join(folder, "package.json");
    if (existsSync(file)) {
      const { name, version } = JSON.parse(readFileSync(file, "utf8")) as {
        name?: string;
        version?: string;
      };
      if (name === "tosp" && typeof version === "string") return version;
    }
    if (dirname(folder) === folder) return "unknown";
  }
}
