/** One Neo4j server for the whole run (tests/global-setup.ts); each test file owns its data. */
const common = {
  preset: "ts-jest",
  testEnvironment: "node",
  testMatch: ["**/*.test.ts"],
  setupFiles: ["reflect-metadata", "<rootDir>/tests/support/quiet-logs.ts"],
  // d3 ships ES modules only; the web app's pure layout is tested through their UMD builds, copied as .cjs by global-setup
  moduleNameMapper: { "^(d3-[a-z-]+)$": "<rootDir>/dist/d3-umd/$1.cjs" },
};
/** Full type information (not isolatedModules) so decorator metadata is emitted for type-graphql. */
const tsJest = (tsconfig) => ({ "^.+\\.ts$": ["ts-jest", { tsconfig, diagnostics: { ignoreCodes: [151002] } }] });

module.exports = {
  globalSetup: "<rootDir>/tests/support/global-setup.ts",
  globalTeardown: "<rootDir>/tests/support/global-teardown.ts",
  testTimeout: 60000,
  maxWorkers: 2,
  projects: [
    { ...common, displayName: "api", roots: ["<rootDir>/src", "<rootDir>/tests"], testPathIgnorePatterns: ["/tests/web/"], transform: tsJest("tsconfig.json") },
    // the browser tests hand functions to the page, so they are typed with the DOM
    { ...common, displayName: "web", roots: ["<rootDir>/tests/web"], transform: tsJest("tests/web/tsconfig.json") },
  ],
};
