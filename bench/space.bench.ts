/**
 * src/space figures: official module hashes per second, cold enumeration of the 423,624 cells (enumerate +
 * write the cache), cached load, and the hash index (measured in full only with WS_REPRO_SLOW=1, else projected
 * from the measured hash rate). Goals (issue 2): >= 100,000 hashes/s, <= 20 s cold, <= 1 s cached load.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCellTable, NASBENCH_CELLS } from '../src/space/cell-table.js';
import { cellHash } from '../src/space/hash.js';
import { derivedRandom, randomInt } from '../src/random.js';

const seconds = (start: number): number => Number(((performance.now() - start) / 1000).toFixed(3));

export async function run(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'ws-repro-space-bench-'));
  try {
    let start = performance.now();
    const table = loadCellTable({ cacheDir: dir });
    const coldEnumerationSeconds = seconds(start);

    start = performance.now();
    loadCellTable({ cacheDir: dir });
    const cachedLoadSeconds = seconds(start);

    // Hash rate over a uniform sample of the space (its mix of 2..7-vertex cells), after a warm-up.
    const random = derivedRandom(0, 'bench-space');
    const cells = [...Array(20_000)].map(() => table.cell(randomInt(random, table.size)));
    for (const cell of cells.slice(0, 2000)) cellHash(cell);
    start = performance.now();
    const cpu = process.cpuUsage();
    for (const cell of cells) cellHash(cell);
    const hashesPerSecond = Math.round(cells.length / ((performance.now() - start) / 1000));
    // CPU time is less distorted than wall time when other jobs share the cores.
    const { user, system } = process.cpuUsage(cpu);
    const hashesPerCpuSecond = Math.round(cells.length / ((user + system) / 1e6));

    const result: Record<string, unknown> = {
      cells: table.size,
      coldEnumerationSeconds,
      cachedLoadSeconds,
      hashesPerSecond,
      hashesPerCpuSecond,
      loadAverage: Number(loadavg()[0].toFixed(2)),
      hashIndexProjectedSeconds: Number((NASBENCH_CELLS / hashesPerSecond).toFixed(1)),
    };
    if (process.env.WS_REPRO_SLOW) {
      start = performance.now();
      table.hashIndex();
      result.hashIndexColdSeconds = seconds(start);
      start = performance.now();
      loadCellTable({ cacheDir: dir }).hashIndex();
      result.hashIndexCachedLoadSeconds = seconds(start);
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
