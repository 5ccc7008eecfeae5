/**
 * Something the person running `tosp` can put right (wrong arguments, a file that cannot be read or
 * written): shown as one plain line on stderr, exit code 2. Anything else is a bug and shows its stack.
 */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

export const EXIT_OK = 0;
export const EXIT_BUG = 1;
export const EXIT_CANNOT = 2;
