// ESM Jest with ts-jest, as in the actions/typescript-action template.
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.dev.json', diagnostics: { ignoreCodes: [151002] } }
    ]
  },
  // End-to-end tests spawn dist/index.js against emulators; give them room on slow CI machines.
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test-support/count-reporter.cjs']
};
