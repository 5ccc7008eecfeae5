/** Jest: ts-jest for TypeScript, node by default; a test that needs a DOM says so with a docblock. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/test/tsconfig.json" }],
  },
  setupFiles: ["<rootDir>/test/setup/customFunctionsGlobal.ts"],
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose import chain has ESM-only packages (TOOLCHAIN.md).
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
