/**
 * `npm run test:chromium`: the tests of what Debian's Chromium makes of the report (test/chromium/),
 * with the rest of jest.config.js. CI runs them once it has installed Chromium (.ci/run).
 */
const base = require("./jest.config");

module.exports = {
  ...base,
  roots: ["<rootDir>/test/chromium"],
  testPathIgnorePatterns: ["/node_modules/"],
};
