/**
 * The fingerprint of the code a kind of unit runs: sha256 over its source closure, the files below src/ that its
 * executor module imports for their values, transitively, each transpiled without comments and types (so editing a
 * comment or a type does not change it, editing what runs does). Recorded beside the kind's code version in
 * src/experiments/unit-fingerprints.json; test/experiments/unit-fingerprints.test.ts compares.
 *
 *   npx tsx test/experiments/unit-fingerprint.ts           prints the current fingerprints
 *   npx tsx test/experiments/unit-fingerprint.ts --update  writes them (after a version bump, or after
 *                                                           `ws-repro run --profile cpu --recompute <kind>` showed
 *                                                           the recorded results unchanged)
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { CODE_VERSION, REPLICATION_KIND, SEARCH_KIND } from '../../src/experiments/plan.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FINGERPRINTS_FILE = join(REPO, 'src/experiments/unit-fingerprints.json');

/** The module that computes each kind of unit (src/experiments/executors.ts). */
export const UNIT_ENTRIES: Readonly<Record<string, string>> = {
  [REPLICATION_KIND]: 'src/experiments/replication-unit.ts',
  [SEARCH_KIND]: 'src/experiments/search-unit.ts',
};

export interface KindFingerprint {
  readonly codeVersion: number;
  readonly fingerprint: string;
  /** sha256 of each file of the closure (as transpiled), by path from the repository root. */
  readonly files: Readonly<Record<string, string>>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function transpiled(file: string): string {
  return ts.transpileModule(readFileSync(file, 'utf8'), {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, removeComments: true },
  }).outputText;
}

/** The closure of `entry`: every file below src/ it imports for values, transitively, with its transpiled text. */
export function sourceClosure(entry: string): Map<string, string> {
  const closure = new Map<string, string>();
  const pending = [resolve(REPO, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    const path = relative(REPO, file);
    if (closure.has(path)) continue;
    const text = transpiled(file);
    closure.set(path, text);
    // Type-only imports are gone from the transpiled text; what remains runs.
    for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.\.?\/[^'"]+)['"]/g)) {
      const target = resolve(dirname(file), match[1].replace(/\.js$/, '.ts'));
      if (!existsSync(target)) throw new Error(`${path}: imports ${match[1]}, which is not a TypeScript file below src/`);
      pending.push(target);
    }
  }
  return closure;
}

export function fingerprintOf(kind: string): KindFingerprint {
  const entry = UNIT_ENTRIES[kind];
  if (!entry) throw new Error(`no executor module listed for unit kind ${kind}`);
  const files = Object.fromEntries([...sourceClosure(entry)].sort(([a], [b]) => a.localeCompare(b)).map(([path, text]) => [path, sha256(text)]));
  const fingerprint = sha256(Object.entries(files).map(([path, hash]) => `${path} ${hash}\n`).join(''));
  return { codeVersion: (CODE_VERSION as Record<string, number>)[kind], fingerprint, files };
}

export function recordedFingerprints(): Record<string, KindFingerprint> {
  return JSON.parse(readFileSync(FINGERPRINTS_FILE, 'utf8')) as Record<string, KindFingerprint>;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const current = Object.fromEntries(Object.keys(UNIT_ENTRIES).map((kind) => [kind, fingerprintOf(kind)]));
  if (process.argv.includes('--update')) {
    writeFileSync(FINGERPRINTS_FILE, `${JSON.stringify(current, null, 2)}\n`);
    process.stdout.write(`wrote ${relative(REPO, FINGERPRINTS_FILE)}\n`);
  } else {
    for (const [kind, f] of Object.entries(current)) process.stdout.write(`${kind}: version ${f.codeVersion}, fingerprint ${f.fingerprint} (${Object.keys(f.files).length} files)\n`);
  }
}
