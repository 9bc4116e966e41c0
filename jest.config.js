/** One Neo4j server for the whole run (tests/global-setup.ts); each test file owns its data. */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  globalSetup: "<rootDir>/tests/support/global-setup.ts",
  globalTeardown: "<rootDir>/tests/support/global-teardown.ts",
  setupFiles: ["reflect-metadata", "<rootDir>/tests/support/quiet-logs.ts"],
  testTimeout: 60000,
  maxWorkers: 2,
  // Full type information (not isolatedModules) so decorator metadata is emitted for type-graphql.
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { ignoreCodes: [151002] } }] },
};
