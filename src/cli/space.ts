/**
 * `ws-repro space describe` and `ws-repro space stats` (contract in docs/DESIGN.md): JSON lines in, JSON lines out.
 */
import type { Command } from 'commander';
import { MAX_LINE_BYTES, readLines, writeLine } from '../io/lines.js';
import { describeCell } from '../space/describe.js';
import { withEnvironmentHelp } from './environment-help.js';
import { loadCellTable, spaceSizes } from '../space/cell-table.js';
import { stepProgress } from '../experiments/progress.js';

/**
 * One output line per non-blank input line, every error line with its 1-based input line number: a line that is
 * not JSON, or longer than MAX_LINE_BYTES, gives {"error", "line"}; a cell that is not a NAS-Bench-101 cell gives
 * {"valid": false, "error", "line"}. Output waits for the reader (bounded memory). False when a line was malformed.
 */
export async function describeLines(input: AsyncIterable<Buffer | string>, output: NodeJS.WritableStream, maxBytes = MAX_LINE_BYTES): Promise<boolean> {
  let malformed = false;
  for await (const line of readLines(input, maxBytes)) {
    if ('tooLong' in line) {
      malformed = true;
      await writeLine(output, JSON.stringify({ error: `line of ${line.tooLong} bytes, longer than the ${maxBytes} allowed`, line: line.number }));
      continue;
    }
    if (line.text.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line.text);
    } catch (error) {
      malformed = true;
      await writeLine(output, JSON.stringify({ error: `malformed JSON: ${(error as Error).message}`, line: line.number }));
      continue;
    }
    const described = describeCell(raw);
    await writeLine(output, JSON.stringify(described.valid ? described : { ...described, line: line.number }));
  }
  return !malformed;
}

export function registerSpaceCommands(program: Command): void {
  const space = withEnvironmentHelp(program.command('space'), ['WS_REPRO_DEBUG']).description('NAS-Bench-101 cell space');
  withEnvironmentHelp(space.command('describe'), ['WS_REPRO_DEBUG'])
    .description('stdin: JSON lines {"matrix", "ops"}; stdout: the pruned cell, its hash, features and parameters')
    .action(async () => {
      if (!(await describeLines(process.stdin, process.stdout))) process.exitCode = 1;
    });
  withEnvironmentHelp(space.command('stats'), ['WS_REPRO_DEBUG'])
    .description('sizes of Afull, A1..A4, Ares and Anres from the exhaustive enumeration')
    .option('--json', 'print one JSON object')
    .action((options: { json?: boolean }) => {
      const start = performance.now();
      const progress = stepProgress('space stats', 1);
      progress.step('enumerating the 423,624 cells (or reading their cached table)');
      const sizes = spaceSizes(loadCellTable());
      progress.done();
      const { Afull, A1, A2, A3, A4, Ares, Anres } = sizes;
      const seconds = Number(((performance.now() - start) / 1000).toFixed(3));
      const stats = { Afull, A1, A2, A3, A4, Ares, Anres, seconds };
      if (options.json) process.stdout.write(`${JSON.stringify(stats)}\n`);
      else for (const [name, value] of Object.entries(stats)) process.stdout.write(`${name.padEnd(8)}${value}\n`);
    });
}
