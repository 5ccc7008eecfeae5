/** Jest: ts-jest for TypeScript, node by default; a test that needs a DOM says so with a docblock. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/test/tsconfig.json" }],
  },
  // Types are checked once by `npm run typecheck`; ts-jest transpiles only (test/tsconfig.json).
  // Both cores: jest's default leaves one free, which doubles the run on this 2-core machine.
  maxWorkers: 2,
  globalSetup: "<rootDir>/test/setup/buildCli.js",
  setupFiles: ["<rootDir>/test/setup/customFunctionsGlobal.ts"],
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose import chain has ESM-only packages (docs/development.md).
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
