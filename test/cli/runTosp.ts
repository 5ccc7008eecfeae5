import { spawnSync } from "child_process";
import { main } from "../../src/cli/tosp";
import { Io } from "../../src/cli/output";
import { builtCli } from "./builtCli";

/** What a run of tosp printed and its exit status. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** The folder tosp runs in: relative paths in the arguments are read from there. */
  cwd: string;
  /** Environment variables set for the run only. */
  env?: Record<string, string>;
}

/**
 * tosp's own main, in this process: the arguments as typed, in `cwd`, each line collected as the
 * program prints it. Loading the command line once per test file rather than once per run took most
 * of the command-line tests' time off. What only a real process shows (its exit status, an environment
 * it starts with such as TZ, a closed pipe) is checked with `tospProcess`.
 */
export async function tosp(args: string[], { cwd, env = {} }: RunOptions): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: Io = {
    out: (line) => stdout.push(`${line}\n`),
    err: (line) => stderr.push(`${line}\n`),
  };
  const startedIn = process.cwd();
  const saved = Object.keys(env).map((name) => [name, process.env[name]] as const);
  Object.assign(process.env, env);
  process.chdir(cwd);
  try {
    const status = await main(args, io);
    return { status, stdout: stdout.join(""), stderr: stderr.join("") };
  } finally {
    process.chdir(startedIn);
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** The command line as users run it: as test/setup/buildCli.js built it, in a child process. */
export function tospProcess(args: string[], { cwd, env = {} }: RunOptions): Run {
  const { status, stdout, stderr } = spawnSync(process.execPath, [builtCli(), ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status, stdout, stderr };
}
