/**
 * src/space figures: official module hashes per second, cold enumeration of the 423,624 cells (enumerate +
 * write the cache), cached load, and the hash index (measured in full only with WS_REPRO_SLOW=1, else projected
 * from the measured hash rate). Goals (issue 2): >= 100,000 hashes/s, <= 20 s cold, <= 1 s cached load.
 * The hash rate is also measured, on the same cells in the same run, for a plain node:crypto transcription of
 * graph_util.hash_module (one md5 call per hashlib call), so that the speed-up reads free of the machine's load.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCellTable, NASBENCH_CELLS } from '../src/space/cell-table.js';
import type { Cell } from '../src/space/cell.js';
import { cellHash, opLabel } from '../src/space/hash.js';
import { derivedRandom, randomInt } from '../src/random.js';
import { referenceHashModule } from '../test/space/hash-reference.js';

const seconds = (start: number): number => Number(((performance.now() - start) / 1000).toFixed(3));

/** Cells hashed per wall second and per CPU second (less distorted than wall time when jobs share the cores). */
function hashRate(cells: readonly Cell[], hash: (cell: Cell) => string): { perSecond: number; perCpuSecond: number } {
  for (const cell of cells.slice(0, 2000)) hash(cell); // warm-up
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const cell of cells) hash(cell);
  const { user, system } = process.cpuUsage(cpu);
  return {
    perSecond: Math.round(cells.length / ((performance.now() - start) / 1000)),
    perCpuSecond: Math.round(cells.length / ((user + system) / 1e6)),
  };
}

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
    const reference = hashRate(cells, (cell) => referenceHashModule(cell.matrix, cell.ops.map(opLabel)));
    const { perSecond: hashesPerSecond, perCpuSecond: hashesPerCpuSecond } = hashRate(cells, cellHash);

    const result: Record<string, unknown> = {
      cells: table.size,
      coldEnumerationSeconds,
      cachedLoadSeconds,
      hashesPerSecond,
      hashesPerCpuSecond,
      referenceHashesPerCpuSecond: reference.perCpuSecond,
      hashSpeedup: Number((hashesPerCpuSecond / reference.perCpuSecond).toFixed(2)),
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
