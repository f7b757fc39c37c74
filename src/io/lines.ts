/**
 * Lines of a text stream, numbered from 1, in memory bounded by `maxBytes`: a longer line is reported as too long
 * (its bytes are skipped, not kept) and reading goes on with the next line. The caller pulls one line at a time, so
 * a consumer that awaits its output (see writeLine) holds the input back: memory stays bounded whatever the speeds.
 */
import { once } from 'node:events';

export type InputLine = { readonly number: number; readonly text: string } | { readonly number: number; readonly tooLong: number };

/** One MiB: far above any JSON cell or query line, far below what would hurt a process. */
export const MAX_LINE_BYTES = 1 << 20;

export async function* readLines(input: AsyncIterable<Buffer | string>, maxBytes = MAX_LINE_BYTES): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let number = 0;
  const line = (): InputLine => {
    number++;
    if (length > maxBytes) return { number, tooLong: length };
    const text = Buffer.concat(parts).toString('utf8');
    return { number, text: text.endsWith('\r') ? text.slice(0, -1) : text };
  };
  for await (const raw of input) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(0x0a, start);
      const piece = chunk.subarray(start, newline < 0 ? chunk.length : newline);
      length += piece.length;
      if (length <= maxBytes) parts.push(piece);
      else parts = [];
      if (newline < 0) break;
      yield line();
      parts = [];
      length = 0;
      start = newline + 1;
    }
  }
  if (length > 0) yield line();
}

/** Write `text` and wait while the stream's buffer is full (backpressure). */
export async function writeLine(output: NodeJS.WritableStream, text: string): Promise<void> {
  if (!output.write(`${text}\n`)) await once(output, 'drain');
}
