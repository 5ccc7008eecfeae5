/** Jest global teardown: removes the command line buildCli.js transpiled for this run. */
const { rmSync } = require("fs");
const { dirname } = require("path");

module.exports = async function removeCli() {
  const tosp = process.env.TOSP_TEST_CLI;
  if (tosp) rmSync(dirname(dirname(tosp)), { recursive: true, force: true });
};
