/**
 * Content-addressed artifact store: every unit of work (super-net training, evaluation sweep, search study) is kept
 * under the sha256 of its full description (kind, config, seed, code version), so a rerun reuses it, a crash loses
 * only the unit in progress, and shards run on different machines merge by copying directories together.
 *
 * Layout: <root>/<kind>/<key>.json (result) and optional <root>/<kind>/<key>.<name>.bin (binary blobs such as
 * weights). Every file is written atomically (io/atomic-write.ts), so a reader never sees half an artifact.
 *
 * Every result file is an envelope {format, sha256, artifact}: the sha256 of the artifact's JSON text, checked on
 * every read, together with the key in the file name and the result's shape. A file that fails any check (an edited
 * digit, truncated, `null`, `{}`, an old format) is damaged: it is named with what is wrong, never used as evidence,
 * and before the unit is recomputed it is moved aside (`<name>.damaged-<time>`), never deleted.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import stringify from 'safe-stable-stringify';
import { writeFileAtomic } from '../io/atomic-write.js';
import { FileError, onFile } from '../io/file-error.js';
import { setAside } from '../io/set-aside.js';
import { sha256Hex as sha256 } from '../io/sha256.js';

/** What identifies a unit of work; two equal descriptions are the same unit. */
export interface UnitDescription {
  readonly kind: string;
  /** Bumped when the code that computes this kind of unit changes its results. */
  readonly codeVersion: number;
  readonly config: unknown;
  readonly seed: number;
}

export interface StoredArtifact<T> {
  readonly key: string;
  readonly unit: UnitDescription;
  readonly result: T;
  readonly createdAt: string;
  readonly seconds: number;
  /**
   * CPU seconds (user + system) of the computing process while it computed the unit: on a shared machine wall time
   * overstates a unit's cost. Exact when the process computes one unit (the runner's workers do).
   */
  readonly cpuSeconds?: number;
}

/** Canonical JSON (sorted keys) of a description, the input of its key. */
export function canonicalJson(value: unknown): string {
  const text = stringify(value);
  if (text === undefined) throw new Error('cannot serialise an undefined unit description');
  return text;
}

export function unitKey(unit: UnitDescription): string {
  return sha256(canonicalJson(unit));
}

/** The envelope's format; files without it (written before checksums) count as damaged and are recomputed. */
export const ARTIFACT_FORMAT = 'ws-repro-artifact/2';

/** Checks a stored result's shape; returns what is wrong, or undefined when it is well formed. */
export type ResultShape = (result: unknown) => string | undefined;

/** A stored result that failed its checks: the file and what is wrong with it. */
export class DamagedArtifactError extends FileError {
  constructor(path: string, problem: string) {
    super(path, `damaged artifact: ${problem}`);
    this.name = 'DamagedArtifactError';
  }
}

export type ArtifactState<T> =
  | { readonly status: 'stored'; readonly artifact: StoredArtifact<T> }
  | { readonly status: 'missing' }
  | { readonly status: 'damaged'; readonly error: DamagedArtifactError };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The artifact in `text` after every check, or what is wrong with it. */
function parseArtifact<T>(text: string, key: string, shape: ResultShape | undefined): StoredArtifact<T> | string {
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch (error) {
    return `not JSON (${(error as Error).message}), truncated?`;
  }
  if (!isObject(envelope)) return `holds ${JSON.stringify(envelope)?.slice(0, 40)}, not an artifact`;
  if (envelope.format !== ARTIFACT_FORMAT) {
    return 'format' in envelope ? `format ${JSON.stringify(envelope.format)}, expected ${ARTIFACT_FORMAT}` : `old or unknown format (no ${ARTIFACT_FORMAT} envelope)`;
  }
  const artifact = envelope.artifact;
  if (!isObject(artifact)) return 'the envelope holds no artifact';
  // JSON.stringify of a parsed JSON.stringify output gives the same text, so the digest can be recomputed.
  if (sha256(JSON.stringify(artifact)) !== envelope.sha256) return 'content does not match its sha256 (edited or corrupted)';
  if (artifact.key !== key) return `holds the artifact of key ${String(artifact.key)}`;
  if (!isObject(artifact.unit) || typeof artifact.seconds !== 'number' || typeof artifact.createdAt !== 'string') return 'not an artifact (no unit, seconds or date)';
  const wrong = shape?.(artifact.result);
  if (wrong !== undefined) return `result ${wrong}`;
  return artifact as unknown as StoredArtifact<T>;
}

export class ArtifactStore {
  constructor(
    readonly root: string,
    /** Shape check of each kind's results, applied on every read. */
    private readonly shapes: Readonly<Record<string, ResultShape>> = {},
  ) {}

  private path(kind: string, key: string, suffix = 'json'): string {
    return join(this.root, kind, `${key}.${suffix}`);
  }

  /** Where the result of `unit` is (or would be) stored. */
  resultPath(unit: UnitDescription): string {
    return this.path(unit.kind, unitKey(unit));
  }

  /** Stored (and intact), missing, or damaged: every check runs. */
  inspect<T>(unit: UnitDescription): ArtifactState<T> {
    const key = unitKey(unit);
    const file = this.path(unit.kind, key);
    if (!existsSync(file)) return { status: 'missing' };
    const parsed = parseArtifact<T>(onFile(file, () => readFileSync(file, 'utf8')), key, this.shapes[unit.kind]);
    return typeof parsed === 'string' ? { status: 'damaged', error: new DamagedArtifactError(file, parsed) } : { status: 'stored', artifact: parsed };
  }

  /** Whether an intact result of `unit` is stored. */
  has(unit: UnitDescription): boolean {
    return this.inspect(unit).status === 'stored';
  }

  /** The intact stored result, undefined when absent; throws DamagedArtifactError (naming the file) when damaged. */
  get<T>(unit: UnitDescription): StoredArtifact<T> | undefined {
    const state = this.inspect<T>(unit);
    if (state.status === 'damaged') throw state.error;
    return state.status === 'stored' ? state.artifact : undefined;
  }

  /** Move a damaged result out of the way (never deleted); returns where it went, or undefined if none is damaged. */
  setAsideIfDamaged(unit: UnitDescription): { error: DamagedArtifactError; movedTo: string } | undefined {
    const state = this.inspect(unit);
    if (state.status !== 'damaged') return undefined;
    return { error: state.error, movedTo: setAside(state.error.path) };
  }

  put<T>(unit: UnitDescription, result: T, seconds: number, cpuSeconds?: number): StoredArtifact<T> {
    const key = unitKey(unit);
    const artifact: StoredArtifact<T> = { key, unit, result, createdAt: new Date().toISOString(), seconds, ...(cpuSeconds === undefined ? {} : { cpuSeconds }) };
    const text = JSON.stringify(artifact);
    // The envelope embeds that very text, so a reader re-serialising the parsed artifact gets the digested bytes.
    writeFileAtomic(this.path(unit.kind, key), `{"format":${JSON.stringify(ARTIFACT_FORMAT)},"sha256":"${sha256(text)}","artifact":${text}}\n`);
    return artifact;
  }

  /** Where a unit in progress may keep files that let it resume (a training checkpoint); removed by `put`. */
  scratchPath(unit: UnitDescription, name: string): string {
    const path = this.path(unit.kind, unitKey(unit), `${name}.partial`);
    mkdirSync(dirname(path), { recursive: true });
    return path;
  }

  putBlob(unit: UnitDescription, name: string, data: Uint8Array): void {
    writeFileAtomic(this.path(unit.kind, unitKey(unit), `${name}.bin`), data);
  }

  getBlob(unit: UnitDescription, name: string): Uint8Array | undefined {
    const file = this.path(unit.kind, unitKey(unit), `${name}.bin`);
    return existsSync(file) ? new Uint8Array(readFileSync(file)) : undefined;
  }

  /** Every intact artifact of one kind; throws DamagedArtifactError on the first damaged one. */
  list<T>(kind: string): StoredArtifact<T>[] {
    const dir = join(this.root, kind);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => /^[0-9a-f]{64}\.json$/.test(f))
      .sort()
      .map((f) => {
        const file = join(dir, f);
        const parsed = parseArtifact<T>(readFileSync(file, 'utf8'), f.slice(0, 64), this.shapes[kind]);
        if (typeof parsed === 'string') throw new DamagedArtifactError(file, parsed);
        return parsed;
      });
  }

  /**
   * Return the stored result of `unit`, computing and storing it first when absent or damaged (a damaged file is
   * moved aside first, and `log` says so).
   */
  async getOrCompute<T>(unit: UnitDescription, compute: () => Promise<T>, log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<StoredArtifact<T>> {
    const state = this.inspect<T>(unit);
    if (state.status === 'stored') return state.artifact;
    if (state.status === 'damaged') log(`${state.error.message}; moved to ${setAside(state.error.path)}; recomputing`);
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const result = await compute();
    const cpu = process.cpuUsage(cpuStarted);
    const artifact = this.put(unit, result, (performance.now() - started) / 1000, (cpu.user + cpu.system) / 1e6);
    this.removeScratch(unit);
    return artifact;
  }

  private removeScratch(unit: UnitDescription): void {
    const dir = join(this.root, unit.kind);
    const prefix = `${unitKey(unit)}.`;
    for (const file of readdirSync(dir)) if (file.startsWith(prefix) && file.endsWith('.partial')) rmSync(join(dir, file), { force: true });
  }
}
