/**
 * Zero-cost scores of a seeded sample of the authors' cells (per space, `K` cells of each independent bns-ft
 * super-net), recorded in results/zero-cost-authors.json for C21's training-free comparison
 * (src/reanalysis/training-free.ts). The scores come from the CLI users run:
 *
 *   npx tsx perf/zero-cost-authors.ts cells K SEED > sample.jsonl           # the distinct sampled cells
 *   npx ws-repro zero-cost --json --network smoke < sample.jsonl > scores.jsonl
 *   npx tsx perf/zero-cost-authors.ts record results/zero-cost-authors.json K SEED smoke scores.jsonl
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { loadAuthorsEvaluations } from '../src/authors/evaluations.js';
import { zeroCostNetwork } from '../src/cli/zero-cost.js';
import { writeFileAtomic } from '../src/io/atomic-write.js';
import { evaluationSets } from '../src/reanalysis/evaluation-sets.js';
import { integrityFindings } from '../src/reanalysis/integrity.js';
import { trainingFreeSample } from '../src/reanalysis/training-free.js';
import type { Cell } from '../src/space/cell.js';
import { cellHash } from '../src/space/hash.js';

function sampleCells(perSupernet: number, seed: number): Map<string, Cell> {
  const sets = evaluationSets(loadAuthorsEvaluations());
  const cells = new Map<string, Cell>();
  for (const { set, rows } of trainingFreeSample(sets, integrityFindings(sets), perSupernet, seed)) {
    for (const i of rows) cells.set(cellHash(set.rows[i].cell), set.rows[i].cell);
  }
  return cells;
}

const [mode, ...rest] = process.argv.slice(2);
const integer = (text: string | undefined, what: string) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${what}: expected a non-negative integer, got ${JSON.stringify(text)}`);
  return n;
};
if (mode === 'cells') {
  for (const cell of sampleCells(integer(rest[0], 'K'), integer(rest[1], 'SEED')).values()) process.stdout.write(`${JSON.stringify(cell)}\n`);
} else if (mode === 'record' && rest.length === 5) {
  const [out, k, s, network, path] = rest;
  const perSupernet = integer(k, 'K');
  const seed = integer(s, 'SEED');
  const expected = sampleCells(perSupernet, seed);
  const scores: Record<string, Record<string, number | null>> = {};
  const seconds: Record<string, number> = {};
  readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').forEach((l, i) => {
    const line = JSON.parse(l) as { hash?: string; error?: string; scores: Record<string, number | null>; seconds: Record<string, number> };
    if (line.error || !line.hash) throw new Error(`${path}:${i + 1}: ${line.error ?? 'no hash'}`);
    scores[line.hash] = line.scores;
    for (const [p, v] of Object.entries(line.seconds)) seconds[p] = (seconds[p] ?? 0) + v;
  });
  const missing = [...expected.keys()].filter((h) => !(h in scores));
  if (missing.length) throw new Error(`${path}: ${missing.length} sampled cells have no scores (first ${missing[0]})`);
  const cells = Object.keys(scores).length;
  const doc = {
    description: "Zero-cost proxy scores of a seeded sample of the authors' cells: K cells of each independent bns-ft super-net per space",
    provenance: {
      commands: process.argv.slice(2),
      commit: execSync('git rev-parse HEAD', { encoding: 'utf8' }).trim(),
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      note: 'seconds are wall-clock on a shared, heavily loaded 2-core machine',
    },
    sample: { perSupernet, seed },
    network: { name: network, ...zeroCostNetwork(network) },
    init: 'naslib',
    secondsPerCell: Object.fromEntries(Object.entries(seconds).map(([p, v]) => [p, Number((v / cells).toPrecision(3))])),
    scores,
  };
  writeFileAtomic(out, `${JSON.stringify(doc)}\n`);
  process.stderr.write(`wrote ${out}: ${cells} cells\n`);
} else {
  process.stderr.write('usage: zero-cost-authors.ts cells K SEED | record OUT K SEED NETWORK SCORES.jsonl\n');
  process.exitCode = 2;
}
