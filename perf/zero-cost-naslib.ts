/**
 * The reference check of the zero-cost proxies against NASLib's scores of 500 NAS-Bench-101 cells
 * (data/naslib-zc/). Two steps, so that the scores come from the command users run:
 *
 *   npx tsx perf/zero-cost-naslib.ts cells > cells.jsonl          # the 500 cells as {"matrix","ops"} lines
 *   npx ws-repro zero-cost --json --network nasbench --proxies params,flops,l2_norm,synflow < cells.jsonl > full.jsonl
 *   npx ws-repro zero-cost --json --network paper --proxies naswot,snip,grad_norm,fisher,plain,jacob_cov < cells.jsonl > paper.jsonl
 *   npx tsx perf/zero-cost-naslib.ts summarise results/zero-cost-naslib.json nasbench=full.jsonl paper=paper.jsonl
 *
 * A run made with `--init nasbench` is labelled NETWORK@nasbench (default init: naslib).
 *
 * The summary holds, per network and proxy: the cells scored (a run stopped early scores a prefix of the 500), the
 * Spearman correlation of our scores with NASLib's, of ours and of NASLib's with NASLib's `val_accuracy` on those
 * cells, and the seconds per cell; and every cell's scores, so that a test can recompute some of them.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../src/io/atomic-write.js';
import os from 'node:os';
import { zeroCostNetwork } from '../src/cli/zero-cost.js';
import { NASLIB_KEYS, ZERO_COST_PROXY_NAMES, type ZeroCostProxyName } from '../src/nn/zero-cost/proxies.js';
import { NASLIB_ZC_FILE, naslibKeySpec, readNaslibReference } from '../src/nn/zero-cost/naslib-reference.js';
import { cellHash } from '../src/space/hash.js';
import { spearman } from '../src/stats/spearman.js';
import { mean } from '../src/stats/summary.js';

interface ScoredLine {
  readonly line: number;
  readonly hash: string;
  readonly scores: Partial<Record<ZeroCostProxyName, number | null>>;
  readonly seconds: Partial<Record<ZeroCostProxyName | 'network', number>>;
}

/** The scored lines of a run, in input order; a run stopped early gives a prefix of the cells. */
function readScored(path: string, count: number): ScoredLine[] {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const parsed = lines.map((l, i) => {
    const value = JSON.parse(l) as ScoredLine & { error?: string };
    if (value.error) throw new Error(`${path}:${i + 1}: ${value.error}`);
    return value;
  });
  if (parsed.length === 0 || parsed.length > count) throw new Error(`${path}: ${parsed.length} scored cells, expected 1..${count}`);
  return parsed;
}

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

function summarise(out: string, runs: readonly string[]): void {
  const reference = readNaslibReference();
  const accuracy = reference.map((r) => r.values.val_accuracy);
  const cells = reference.map((r) => ({ key: r.key, hash: cellHash(r.cell), scores: {} as Record<string, Record<string, number | null>> }));
  const results: Record<string, unknown>[] = [];
  const networks: Record<string, unknown> = {};
  for (const run of runs) {
    const [label, path] = run.split('=');
    const [network, init = 'naslib'] = (label ?? '').split('@');
    if (!network || !path) throw new Error(`summarise: expected NETWORK[@INIT]=FILE, got ${JSON.stringify(run)}`);
    networks[network] = zeroCostNetwork(network);
    const scored = readScored(path, reference.length);
    scored.forEach((s, i) => {
      if (s.hash !== cells[i].hash) throw new Error(`${path}:${i + 1}: hash ${s.hash}, NASLib's cell ${i + 1} is ${cells[i].hash}`);
      cells[i].scores[label] = Object.fromEntries(Object.entries(s.scores).map(([p, v]) => [p, v ?? null]));
    });
    const subset = reference.slice(0, scored.length);
    for (const proxy of ZERO_COST_PROXY_NAMES.filter((p) => p in scored[0].scores)) {
      const ours = scored.map((s) => s.scores[proxy]);
      const ok = ours.flatMap((v, i) => (finite(v) ? [i] : []));
      const key = NASLIB_KEYS[proxy];
      const theirs = key ? subset.map((r) => r.values[key]) : null;
      const rho = (x: readonly number[], y: readonly number[]) => Number(spearman(x, y).rho.toFixed(4));
      results.push({
        network,
        init,
        proxy,
        cells: ok.length,
        spearmanWithNaslib: theirs ? rho(ok.map((i) => ours[i] as number), ok.map((i) => theirs[i])) : null,
        spearmanWithAccuracy: rho(ok.map((i) => ours[i] as number), ok.map((i) => accuracy[i])),
        naslibSpearmanWithAccuracy: theirs ? rho(ok.map((i) => theirs[i]), ok.map((i) => accuracy[i])) : null,
        secondsPerCell: Number(mean(scored.map((s) => s.seconds[proxy] ?? 0)).toPrecision(3)),
        networkSecondsPerCell: Number(mean(scored.map((s) => s.seconds.network ?? 0)).toPrecision(3)),
      });
    }
  }
  const commit = execSync('git rev-parse HEAD', { encoding: 'utf8' }).trim();
  const doc = {
    description:
      "ws-repro's zero-cost proxies of the 500 NAS-Bench-101 cells of NASLib's zero-cost benchmark, against NASLib's scores and NASLib's val_accuracy",
    provenance: {
      reference: `${NASLIB_ZC_FILE.slice(NASLIB_ZC_FILE.lastIndexOf('data/'))} (NASLib, NAS-Bench-Suite-Zero; see its README)`,
      commands: process.argv.slice(2),
      commit,
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      networks,
      note: 'seconds are wall-clock on a shared machine (other jobs were running); network = building and initialising it, once per cell per run',
    },
    results,
    cells,
  };
  writeFileAtomic(out, `${JSON.stringify(doc, null, 1)}\n`);
  process.stderr.write(`wrote ${out}\n`);
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'cells') {
  for (const r of readNaslibReference()) process.stdout.write(`${JSON.stringify(naslibKeySpec(r.key))}\n`);
} else if (mode === 'summarise' && rest.length >= 2) {
  summarise(rest[0], rest.slice(1));
} else {
  process.stderr.write('usage: zero-cost-naslib.ts cells | summarise OUT.json NETWORK[@INIT]=FILE.jsonl...\n');
  process.exitCode = 2;
}
