/** Jest: Sucrase for TypeScript and JSX, node by default; a test that needs a DOM says so with a docblock. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Chromium's tests run in npm run test:chromium (jest.chromium.config.js), after CI installs it.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/chromium/"],
  transform: {
    // Types are checked once, by `npm run typecheck`; tests only need the types taken off. Sucrase does
    // that for a fresh clone's run in a fraction of what ts-jest's transpiling took (docs/development.md,
    // "Tests"), and leaves the rest of the code as written: Node 20 runs it.
    "^.+\\.tsx?$": [
      "@sucrase/jest-plugin",
      {
        transforms: ["typescript", "jsx", "imports", "jest"],
        jsxRuntime: "automatic",
        production: true,
        disableESTransforms: true,
      },
    ],
  },
  // Both cores: jest's default leaves one free, which doubles the run on this 2-core machine.
  maxWorkers: 2,
  globalSetup: "<rootDir>/test/setup/buildCli.js",
  setupFiles: ["<rootDir>/test/setup/customFunctionsGlobal.ts"],
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose import chain has ESM-only packages (docs/development.md).
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
