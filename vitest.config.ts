import { defineConfig } from 'vitest/config';

// Unit tests mirror src/ under test/; claim specs live under claims/.
// Slow golden tests (full enumeration, long trainings) run only with WS_REPRO_SLOW=1.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'claims/**/*.spec.ts'],
    // Each test file gets its own cache locations (never the user's ~/.cache/ws-repro).
    setupFiles: ['test/setup/isolated-caches.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
