/**
 * Content-addressed artifact store: every unit of work (super-net training, evaluation sweep, search study) is kept
 * under the sha256 of its full description (kind, config, seed, code version), so a rerun reuses it, a crash loses
 * only the unit in progress, and shards run on different machines merge by copying directories together.
 *
 * Layout: <root>/<kind>/<key>.json (result) and optional <root>/<kind>/<key>.<name>.bin (binary blobs such as
 * weights). Every file is written to a temporary name and renamed, so a reader never sees half an artifact.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import stringify from 'safe-stable-stringify';

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
}

/** Canonical JSON (sorted keys) of a description, the input of its key. */
export function canonicalJson(value: unknown): string {
  const text = stringify(value);
  if (text === undefined) throw new Error('cannot serialise an undefined unit description');
  return text;
}

export function unitKey(unit: UnitDescription): string {
  return createHash('sha256').update(canonicalJson(unit)).digest('hex');
}

/** Write `data` to `path` atomically: a temporary file in the same directory, then a rename. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

export class ArtifactStore {
  constructor(readonly root: string) {}

  private path(kind: string, key: string, suffix = 'json'): string {
    return join(this.root, kind, `${key}.${suffix}`);
  }

  has(unit: UnitDescription): boolean {
    return existsSync(this.path(unit.kind, unitKey(unit)));
  }

  get<T>(unit: UnitDescription): StoredArtifact<T> | undefined {
    const file = this.path(unit.kind, unitKey(unit));
    if (!existsSync(file)) return undefined;
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as StoredArtifact<T>;
    } catch (error) {
      throw new Error(`${file}: unreadable artifact (${(error as Error).message}); delete it to recompute the unit`);
    }
  }

  put<T>(unit: UnitDescription, result: T, seconds: number): StoredArtifact<T> {
    const key = unitKey(unit);
    const artifact: StoredArtifact<T> = { key, unit, result, createdAt: new Date().toISOString(), seconds };
    writeFileAtomic(this.path(unit.kind, key), `${JSON.stringify(artifact)}\n`);
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

  /** Every stored artifact of one kind (for the report, which merges whatever shards produced). */
  list<T>(kind: string): StoredArtifact<T>[] {
    const dir = join(this.root, kind);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as StoredArtifact<T>);
  }

  /** Return the stored result of `unit`, computing and storing it first when absent. */
  async getOrCompute<T>(unit: UnitDescription, compute: () => Promise<T>): Promise<StoredArtifact<T>> {
    const existing = this.get<T>(unit);
    if (existing) return existing;
    const started = performance.now();
    const result = await compute();
    const artifact = this.put(unit, result, (performance.now() - started) / 1000);
    this.removeScratch(unit);
    return artifact;
  }

  private removeScratch(unit: UnitDescription): void {
    const dir = join(this.root, unit.kind);
    const prefix = `${unitKey(unit)}.`;
    for (const file of readdirSync(dir)) if (file.startsWith(prefix) && file.endsWith('.partial')) rmSync(join(dir, file), { force: true });
  }
}
