import { defineConfig } from "vitest/config";

// Opt-in suites against real services (Qdrant, OpenAI, Slack, Teams): each skips itself when its URL or key is absent.
export default defineConfig({
  test: {
    include: ["tests/**/*.int.test.ts"],
    testTimeout: 120_000,
  },
});
