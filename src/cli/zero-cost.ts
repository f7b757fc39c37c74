/**
 * `ws-repro zero-cost`: training-free proxies of cells (src/nn/zero-cost). stdin: JSON lines {"matrix", "ops"} (as
 * `space describe`); stdout: one line per cell, in order: {"line", "hash", "scores": {proxy: score}, "seconds":
 * {proxy: s, "network": s}} with --json (a score that is undefined for the cell, e.g. a singular NASWOT kernel,
 * is null), else tab-separated columns. A malformed line or a cell outside NAS-Bench-101 gives {"error", "line"}
 * and exit status 1.
 */
import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import { loadCifar10 } from '../data/dataset.js';
import { profileNamed } from '../experiments/profiles.js';
import { NASBENCH_CONFIG, type NetworkConfig } from '../nn/architecture.js';
import type { Batch } from '../nn/batch.js';
import { selectBackend } from '../nn/backend.js';
import { parseInit, ZERO_COST_INITS } from '../nn/zero-cost/initialisation.js';
import { zeroCostBatch } from '../nn/zero-cost/mini-batch.js';
import { DATA_PROXIES, parseProxyList, ZERO_COST_PROXY_NAMES, type ZeroCostProxyName } from '../nn/zero-cost/proxies.js';
import { zeroCostScores } from '../nn/zero-cost/score-cell.js';
import type { Environment } from '../jobs/environment.js';
import { nasbenchCell } from '../space/describe.js';
import { cellHash } from '../space/hash.js';

/** NASLib's batch for its NAS-Bench-101 scores (its jacov values, all above -32.27, bound the batch to <= 32). */
export const DEFAULT_ZERO_COST_BATCH = 32;

/** `nasbench`: NAS-Bench-101's network (128 filters, 3 stacks of 3 cells, 32x32; NASLib's); else a profile's. */
export function zeroCostNetwork(name: string): NetworkConfig {
  if (name === 'nasbench') return NASBENCH_CONFIG;
  const shape = profileNamed(name).replication.network;
  return { ...NASBENCH_CONFIG, initialFilters: shape.initialFilters, stacks: shape.stacks, cellsPerStack: shape.cellsPerStack, inputSize: shape.imageSize };
}

interface ZeroCostFlags {
  json?: boolean;
  network: string;
  init: string;
  proxies: string;
  batch: string;
  seed: string;
}

function integerFlag(name: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name}: expected an integer >= ${min}, got ${JSON.stringify(text)}`);
  return value;
}

async function zeroCostLines(flags: ZeroCostFlags, environment: Pick<Environment, 'cifar10Dir' | 'backend'>): Promise<boolean> {
  const network = zeroCostNetwork(flags.network);
  const proxies = parseProxyList(flags.proxies);
  const init = parseInit(flags.init);
  const seed = integerFlag('seed', flags.seed, 0);
  const batchSize = integerFlag('batch', flags.batch, 2);
  const backend = await selectBackend({ prefer: environment.backend });
  let batch: Batch | undefined;
  if (proxies.some((p) => DATA_PROXIES.has(p))) {
    const data = await loadCifar10({ binaryDir: environment.cifar10Dir });
    batch = zeroCostBatch(data.train, batchSize, network.inputSize, seed);
    process.stderr.write(`zero-cost: ${batchSize} training images of ${data.source} (${data.path})\n`);
  }
  process.stderr.write(`zero-cost: network ${JSON.stringify(network)}, ${init} initialisation, seed ${seed}, backend ${backend.name}\n`);
  if (!flags.json) process.stdout.write(`${['line', 'hash', ...proxies].join('\t')}\n`);
  let lineNumber = 0;
  let ok = true;
  const fail = (error: string) => {
    ok = false;
    process.stdout.write(`${JSON.stringify({ error, line: lineNumber })}\n`);
  };
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      fail(`malformed JSON: ${(error as Error).message}`);
      continue;
    }
    const cell = nasbenchCell(raw);
    if (!cell.ok) {
      fail(cell.error);
      continue;
    }
    const result = zeroCostScores(cell.cell, { network, seed, init, proxies, batch });
    const hash = cellHash(cell.cell);
    if (flags.json) process.stdout.write(`${JSON.stringify({ line: lineNumber, hash, ...result })}\n`);
    else process.stdout.write(`${[lineNumber, hash, ...proxies.map((p: ZeroCostProxyName) => result.scores[p])].join('\t')}\n`);
    // Each cell computes synchronously; yield to the event loop so that Ctrl-C and SIGTERM are handled between cells.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return ok;
}

/** `environment`: WS_REPRO_CIFAR10_DIR and WS_REPRO_BACKEND, read once by the CLI (src/jobs/environment.ts). */
export function registerZeroCostCommand(program: Command, environment: Pick<Environment, 'cifar10Dir' | 'backend'>): void {
  program
    .command('zero-cost')
    .description('stdin: JSON lines {"matrix", "ops"}; stdout: training-free proxy scores of each cell at initialisation')
    .option('--json', 'one JSON object per line')
    .option('--network <name>', "nasbench (NAS-Bench-101's and NASLib's: 128 filters, 32x32) or a profile's network: smoke | cpu | paper", 'nasbench')
    .option('--init <scheme>', `initial weights: ${ZERO_COST_INITS.join(' | ')} (src/nn/zero-cost/initialisation.ts)`, 'naslib')
    .option('--proxies <list>', `comma-separated, from ${ZERO_COST_PROXY_NAMES.join(',')}`, ZERO_COST_PROXY_NAMES.join(','))
    .option('--batch <n>', 'training images the data proxies read', String(DEFAULT_ZERO_COST_BATCH))
    .option('--seed <n>', 'seed of the initial weights and of the mini-batch', '0')
    .action(async (flags: ZeroCostFlags) => {
      if (!(await zeroCostLines(flags, environment))) process.exitCode = 1;
    });
}
