/** The command line as test/setup/buildCli.js transpiled it for this jest run: the path of tosp.js. */
export function builtCli(): string {
  const tosp = process.env.TOSP_TEST_CLI;
  if (!tosp)
    throw new Error(
      "TOSP_TEST_CLI is not set: run the tests through jest (jest.config.js, globalSetup)"
    );
  return tosp;
}
