/**
 * `ws-repro bench import FILE`, `bench query`, `bench info` (contract in docs/DESIGN.md): the NAS-Bench-101 ground
 * truth. Query and info use the cache given by --cache, else the default cache if imported, else the subset.
 */
import type { Command } from 'commander';
import { statSync } from 'node:fs';
import { onFile } from '../io/file-error.js';
import { MAX_LINE_BYTES, readLines, writeLine } from '../io/lines.js';
import cliProgress from 'cli-progress';
import { CACHE_VERSION, verifyCache } from '../nasbench/cache.js';
import { loadOfficialGroundTruth } from '../nasbench/load-ground-truth.js';
import { importNasBench } from '../nasbench/import.js';
import { answerQueryLine } from '../nasbench/query.js';
import type { NasBenchTable } from '../nasbench/table.js';
import type { Environment } from '../jobs/environment.js';
import { defaultGroundTruth } from '../jobs/resources.js';
import { registerBenchSpacesCommand } from './bench-spaces.js';
import { TABLE_ENVIRONMENT, withEnvironmentHelp } from './environment-help.js';

interface CacheOption {
  cache?: string;
}

function groundTruth(options: CacheOption, environment: Environment): NasBenchTable {
  return options.cache ? loadOfficialGroundTruth(options.cache) : defaultGroundTruth(environment);
}

export function registerBenchCommands(program: Command, environment: Environment): void {
  const bench = withEnvironmentHelp(program.command('bench'), TABLE_ENVIRONMENT).description('NAS-Bench-101 ground truth: import, query, info, spaces');
  registerBenchSpacesCommand(bench, environment);
  withEnvironmentHelp(bench.command('import'), TABLE_ENVIRONMENT)
    .argument('<file>', 'official NAS-Bench-101 .tfrecord (108-epoch or full)')
    .option('--cache <path>', 'cache to write', environment.nasbenchCache)
    .description('check and import an official NAS-Bench-101 file into the cache (the old cache stays if it fails)')
    .action(async (file: string, options: { cache: string }) => {
      const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ stream: process.stderr }, cliProgress.Presets.shades_classic) : null;
      bar?.start(onFile(file, () => statSync(file)).size, 0);
      try {
        const summary = await importNasBench(file, options.cache, { onProgress: (read) => bar?.update(read) });
        bar?.stop();
        process.stdout.write(`${JSON.stringify(summary)}\n`);
      } finally {
        bar?.stop();
      }
    });
  withEnvironmentHelp(bench.command('query'), TABLE_ENVIRONMENT)
    .option('--cache <path>', 'cache to read (default: the imported cache, else the authors\' subset)')
    .description('stdin: JSON lines {"hash"} or {"matrix", "ops"}; stdout: the 108-epoch runs, their means, parameters')
    .action(async (options: CacheOption) => {
      const table = groundTruth(options, environment);
      let malformed = false;
      for await (const line of readLines(process.stdin)) {
        if ('tooLong' in line) {
          malformed = true;
          await writeLine(process.stdout, JSON.stringify({ error: `line of ${line.tooLong} bytes, longer than the ${MAX_LINE_BYTES} allowed`, line: line.number }));
          continue;
        }
        if (line.text.trim() === '') continue;
        const result = answerQueryLine(table, line.text, line.number);
        if ('error' in result && result.error.startsWith('malformed JSON')) malformed = true;
        await writeLine(process.stdout, JSON.stringify(result));
      }
      if (malformed) process.exitCode = 1;
    });
  withEnvironmentHelp(bench.command('info'), TABLE_ENVIRONMENT)
    .option('--cache <path>', 'cache to describe (default: the imported cache, else the authors\' subset)')
    .description('which ground truth is in use: kind, source, size, budgets')
    .action(async (options: CacheOption) => {
      const table = groundTruth(options, environment);
      const budgets = table.budgets.map((epochs) => {
        const block = table.budget(epochs);
        return { epochs, runs: block.runs, evaluations: block.evaluations, dtype: block.values instanceof Float32Array ? 'float32' : 'float64' };
      });
      const cachePath = options.cache ?? environment.nasbenchCache;
      const cache = table.kind === 'official' || table.kind === 'partial' ? { cache: cachePath, cacheVersion: CACHE_VERSION, check: { sha256: 'verified', ...verifyCache(cachePath) } } : {};
      process.stdout.write(`${JSON.stringify({ kind: table.kind, source: table.source, size: table.size, budgets, ...cache })}\n`);
    });
  withEnvironmentHelp(bench.command('verify'), TABLE_ENVIRONMENT)
    .option('--cache <path>', 'cache to check (default: the imported cache)')
    .description("check every byte of the table cache against its sha256 (exit 1 naming the damaged section)")
    .action(async (options: CacheOption) => {
      const cachePath = options.cache ?? environment.nasbenchCache;
      const checked = verifyCache(cachePath);
      const table = loadOfficialGroundTruth(cachePath);
      process.stdout.write(`${JSON.stringify({ cache: cachePath, kind: table.kind, size: table.size, sha256: 'verified', ...checked })}\n`);
    });
}
