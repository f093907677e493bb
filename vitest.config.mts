import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Three suites, run separately by `npm test`: fast pure tests, tests against a real SQLite file,
// and end-to-end tests that drive the production build in Chromium.
export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // Server modules are marked `server-only`; tests are a server, so they get the empty marker.
    alias: { "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)) },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "test/unit/**/*.test.ts", "bin/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          environment: "node",
          setupFiles: ["test/integration/setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser and one server: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
