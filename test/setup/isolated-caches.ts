/**
 * Vitest setup (vitest.config.ts `setupFiles`): every test file runs with its own cache locations in a temporary
 * folder, so no test reads or writes the user's NAS-Bench-101 cache (~/.cache/ws-repro), and a table a test imports
 * never becomes another run's ground truth. Child processes spawned by tests inherit these variables.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'ws-repro-test-caches-'));
process.env.XDG_CACHE_HOME = join(root, 'xdg-cache');
process.env.WS_REPRO_NASBENCH_CACHE = join(root, 'xdg-cache', 'ws-repro', 'nasbench101.bin');
// The tests use the embedded data, whatever the machine holds.
delete process.env.WS_REPRO_CIFAR10_DIR;

afterAll(() => rmSync(root, { recursive: true, force: true }));
