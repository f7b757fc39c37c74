/**
 * `ws-repro space describe` and `ws-repro space stats` (contract in docs/DESIGN.md): JSON lines in, JSON lines out.
 */
import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import { describeCell } from '../space/describe.js';
import { loadCellTable, spaceSizes } from '../space/cell-table.js';

/** One output line per non-blank input line; a line that is not JSON gives {"error", "line"} (1-based). */
async function describeLines(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<boolean> {
  let lineNumber = 0;
  let malformed = false;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      malformed = true;
      output.write(`${JSON.stringify({ error: `malformed JSON: ${(error as Error).message}`, line: lineNumber })}\n`);
      continue;
    }
    output.write(`${JSON.stringify(describeCell(raw))}\n`);
  }
  return !malformed;
}

export function registerSpaceCommands(program: Command): void {
  const space = program.command('space').description('NAS-Bench-101 cell space');
  space
    .command('describe')
    .description('stdin: JSON lines {"matrix", "ops"}; stdout: the pruned cell, its hash, features and parameters')
    .action(async () => {
      if (!(await describeLines(process.stdin, process.stdout))) process.exitCode = 1;
    });
  space
    .command('stats')
    .description('sizes of Afull, A1..A4, Ares and Anres from the exhaustive enumeration')
    .option('--json', 'print one JSON object')
    .action((options: { json?: boolean }) => {
      const start = performance.now();
      const sizes = spaceSizes(loadCellTable());
      const { Afull, A1, A2, A3, A4, Ares, Anres } = sizes;
      const seconds = Number(((performance.now() - start) / 1000).toFixed(3));
      const stats = { Afull, A1, A2, A3, A4, Ares, Anres, seconds };
      if (options.json) process.stdout.write(`${JSON.stringify(stats)}\n`);
      else for (const [name, value] of Object.entries(stats)) process.stdout.write(`${name.padEnd(8)}${value}\n`);
    });
}
