/**
 * How every ws-repro command ends: a usage error (bad flag, bad value) exits 2, any other failure exits 1, each with
 * one line on stderr; the stack trace only with WS_REPRO_DEBUG=1. `--help` and `--version` exit 0.
 */
import { readFileSync } from 'node:fs';
import { CommanderError, InvalidArgumentError, type Command } from 'commander';

/** A command used wrongly (exit status 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The program's version (package.json) as `--version`, and commander's errors thrown instead of exiting. */
export function prepareProgram(program: Command): Command {
  return program.version(VERSION, '-V, --version', 'print the version of ws-repro').exitOverride();
}

/** Parse and run `program`, then turn whatever it throws into an exit status and one line on stderr. */
export async function runMain(program: Command, argv: readonly string[] = process.argv, env: Readonly<Record<string, string | undefined>> = process.env): Promise<void> {
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    process.exitCode = exitStatus(error, program.name(), env.WS_REPRO_DEBUG === '1');
  }
}

function exitStatus(error: unknown, name: string, debug: boolean): number {
  // Commander has already printed its own message (usage errors) or the help / version text.
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  // Expected failures are Errors of our own making; a TypeError and its kind mean a bug.
  const internal = !(error instanceof Error) || [TypeError, RangeError, ReferenceError, SyntaxError].some((Type) => error.constructor === Type);
  process.stderr.write(`${name}: ${internal ? 'internal error: ' : ''}${message}${internal && !debug ? ' (WS_REPRO_DEBUG=1 shows where)' : ''}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return error instanceof UsageError ? EXIT_USAGE : EXIT_FAILURE;
}

/** A commander option parser from a function that throws on a bad value (the message becomes commander's). */
export function optionParser<T>(parse: (text: string) => T): (text: string) => T {
  return (text) => {
    try {
      return parse(text);
    } catch (error) {
      throw new InvalidArgumentError((error as Error).message);
    }
  };
}

/** A seed: a decimal integer 0 <= n <= 2^53 - 1, written without sign, exponent, hex or surrounding blanks. */
export function parseSeed(text: string): number {
  if (!/^(0|[1-9][0-9]*)$/.test(text)) throw new UsageError(`expected a decimal integer >= 0 (e.g. 0, 42), got ${JSON.stringify(text)}`);
  const seed = Number(text);
  if (!Number.isSafeInteger(seed)) throw new UsageError(`${text} is beyond ${Number.MAX_SAFE_INTEGER}`);
  return seed;
}

/** Names of own properties only: `__proto__`, `constructor` or `toString` are never a profile or a space. */
export function lookupName<T>(what: string, table: Readonly<Record<string, T>>, name: string): T {
  if (!Object.hasOwn(table, name)) throw new UsageError(`unknown ${what} ${JSON.stringify(name)}; choose one of ${Object.keys(table).join(', ')}`);
  return table[name];
}
