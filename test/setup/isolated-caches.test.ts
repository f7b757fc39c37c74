/** The suite never touches the user's cache: the setup file points every cache location at a temporary folder. */
import { tmpdir } from 'node:os';
import { describe, expect, test } from 'vitest';
import { readEnvironment } from '../../src/jobs/environment.js';

describe('test isolation', () => {
  test('the NAS-Bench-101 cache and XDG_CACHE_HOME lie in a temporary folder of this run', () => {
    const environment = readEnvironment();
    expect(environment.nasbenchCache.startsWith(tmpdir())).toBe(true);
    expect(process.env.XDG_CACHE_HOME?.startsWith(tmpdir())).toBe(true);
    expect(environment.cifar10Dir).toBeUndefined();
  });
});
