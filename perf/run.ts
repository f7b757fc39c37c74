/**
 * `npm run perf`: runs every benchmark module under perf/ (files named *.perf.ts, each exporting
 * `run(): Promise<Record<string, unknown>>`) and writes their figures to reports/perf.json.
 * A name filter may be given: `npm run perf -- space`.
 */
import { readdirSync } from 'node:fs';
import { writeFileAtomic } from '../src/io/atomic-write.js';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.perf.ts'))
  .filter((f) => !filter || f.includes(filter))
  .sort();

const results: Record<string, unknown> = {};
for (const file of modules) {
  const name = file.replace(/\.bench\.ts$/, '');
  process.stderr.write(`bench ${name} ...\n`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<Record<string, unknown>> };
  results[name] = await mod.run();
  process.stderr.write(`${JSON.stringify(results[name], null, 2)}\n`);
}

const out = join(here, '..', 'reports', filter ? `perf-${filter}.json` : 'perf.json');
const doc = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model,
  results,
};
writeFileAtomic(out, `${JSON.stringify(doc, null, 2)}\n`);
process.stderr.write(`wrote ${out}\n`);
