import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // 2 cores: PGlite and Chromium are heavy, keep workers bounded.
    maxWorkers: 2,
    // expect.poll gives up after 1 s by default: too short for a browser + server round trip on a
    // loaded 2-core CI. Polls still return as soon as the condition holds.
    // requireAssertions: a test that runs no expect() fails, so a test cannot pass by asserting nothing.
    expect: { requireAssertions: true, poll: { timeout: 10_000 } },
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
