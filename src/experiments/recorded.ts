/**
 * Recorded results: a profile run once and committed under results/<profile>/ (the store's checksummed result files,
 * JSON only, no weights or checkpoints, and provenance.json: commit, machine, backend, durations), so that a fresh
 * clone judges the profile's claims without the hours of computing. A recorded result is read through the store's
 * checks (sha256 envelope, key, shape) like any other; the user's own store always comes first, and
 * `ws-repro run --recompute` recomputes recorded units into it and compares them with the recorded ones.
 *
 * Recorded results cannot go stale silently: a unit's key holds its kind's code version, and
 * test/experiments/unit-fingerprints.test.ts fails when the code a kind's units run changes without the version
 * (see src/experiments/unit-fingerprints.json); a bumped version changes every key, so the recorded units are no
 * longer planned and the profile's test of its recorded results fails until they are recorded again.
 */
import { cpus } from 'node:os';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { writeFileAtomic } from '../io/atomic-write.js';
import { FileError, onFile } from '../io/file-error.js';
import { RESULT_SHAPES } from './result-shapes.js';
import { ArtifactStore, unitKey, type StoredArtifact } from './store.js';
import type { Unit } from './unit.js';

/** Where the recorded results of each profile live in the repository. */
export const RESULTS_ROOT = fileURLToPath(new URL('../../results/', import.meta.url));

export const PROVENANCE_FILE = 'provenance.json';

export interface RecordedUnit {
  readonly key: string;
  readonly kind: string;
  readonly label: string;
  /** Wall seconds of the unit in its worker process. */
  readonly seconds: number;
  /** CPU seconds of that process (the machine may have been shared), when the store recorded them. */
  readonly cpuSeconds: number | null;
  /**
   * The commit that computed this unit, when a record extends an earlier one (the earlier units, reused under the
   * same key and so by the same code, keep their commit); absent: the provenance's commit.
   */
  readonly commit?: string;
  /** When this unit was computed (its result's date); absent: the provenance's date. */
  readonly date?: string;
}

export interface Provenance {
  readonly profile: string;
  readonly seed: number;
  /** The commit the (last) run computed at ("+dirty" when the working tree had uncommitted changes). */
  readonly commit: string;
  /** When the run finished (the last unit's date). */
  readonly date: string;
  readonly machine: { readonly cpus: number; readonly model: string };
  /** The backend of the trainings, with its adapter (e.g. "wasm (CPU)"); "none" for a run without trainings. */
  readonly backend: string;
  /** Wall seconds from the first unit's start to the last unit's end, as the run log(s) measured them (summed over the runs of an extended record). */
  readonly totalSeconds: number;
  readonly units: readonly RecordedUnit[];
}

const minutes = (seconds: number) => `${(seconds / 60).toFixed(1)} min`;

export class RecordedResults {
  /** The recorded result files, read with every check the store makes. */
  readonly store: ArtifactStore;
  private readonly byKey: ReadonlyMap<string, RecordedUnit>;

  constructor(
    readonly root: string,
    readonly provenance: Provenance,
  ) {
    this.store = new ArtifactStore(root, RESULT_SHAPES);
    this.byKey = new Map(provenance.units.map((u) => [u.key, u]));
  }

  /** The recorded results under `root`, or undefined when none were recorded there; a malformed provenance throws. */
  static load(root: string): RecordedResults | undefined {
    const file = join(root, PROVENANCE_FILE);
    if (!existsSync(file)) return undefined;
    const provenance = onFile(file, () => JSON.parse(readFileSync(file, 'utf8')) as Provenance);
    const wrong = provenanceProblem(provenance);
    if (wrong) throw new FileError(file, `not a provenance file of recorded results: ${wrong}`);
    return new RecordedResults(root, provenance);
  }

  /** The recorded unit of `unit`'s key, if recorded. */
  unit(unit: Unit): RecordedUnit | undefined {
    return this.byKey.get(unitKey(unit.description));
  }

  /** "recorded on <date> at <commit>, <backend>, <duration>", for the report and `ws-repro plan`. */
  describe(unit: Unit): string | undefined {
    const recorded = this.unit(unit);
    if (!recorded) return undefined;
    const p = this.provenance;
    const backend = recorded.kind === 'replication' ? p.backend : 'table lookups';
    const cpu = recorded.cpuSeconds === null ? '' : ` (CPU ${minutes(recorded.cpuSeconds)})`;
    return `recorded on ${(recorded.date ?? p.date).slice(0, 10)} at ${recorded.commit ?? p.commit}, ${backend}, ${minutes(recorded.seconds)}${cpu}`;
  }
}

function provenanceProblem(p: Provenance): string | undefined {
  if (typeof p !== 'object' || p === null) return 'not an object';
  for (const field of ['profile', 'commit', 'date', 'backend'] as const) if (typeof p[field] !== 'string') return `field ${field} is not a string`;
  if (typeof p.seed !== 'number' || typeof p.totalSeconds !== 'number') return 'seed or totalSeconds is not a number';
  if (!Array.isArray(p.units) || p.units.some((u) => typeof u?.key !== 'string' || typeof u.label !== 'string' || typeof u.seconds !== 'number')) return 'units is not a list of {key, label, seconds}';
  return undefined;
}

/** The recorded results of a profile in the repository, if any. */
export function recordedResultsOf(profile: string, resultsRoot = RESULTS_ROOT): RecordedResults | undefined {
  return RecordedResults.load(join(resultsRoot, profile));
}

/**
 * Copies the result files of `units` from `store` into `out` (JSON only: no weights, no checkpoints) and writes the
 * provenance beside them. Every unit must be stored intact: a partial run is not recorded. A record that extends an
 * earlier one in `out` (a profile grown by units, the earlier ones reused from the store) keeps, for each result it
 * already held, the commit that computed it: the same key means the same code, but the note says where it ran.
 */
export function recordRun(options: {
  readonly store: ArtifactStore;
  readonly units: readonly Unit[];
  readonly out: string;
  readonly profile: string;
  readonly seed: number;
  readonly commit: string;
  readonly totalSeconds: number;
}): Provenance {
  const artifacts = options.units.map((unit) => {
    const state = options.store.inspect(unit.description);
    if (state.status === 'damaged') throw state.error;
    if (state.status === 'missing') throw new Error(`record: the store ${options.store.root} lacks ${unit.label}; run the whole profile first`);
    return { unit, artifact: state.artifact };
  });
  const earlier = RecordedResults.load(options.out);
  // The earlier record's commit, when it holds this very result (same key and date), not a recomputation of it.
  const commitOf = (unit: Unit, artifact: StoredArtifact<unknown>) => {
    const before = earlier?.unit(unit);
    if (!earlier || !before) return options.commit;
    const state = earlier.store.inspect(unit.description);
    return state.status === 'stored' && state.artifact.createdAt === artifact.createdAt ? (before.commit ?? earlier.provenance.commit) : options.commit;
  };
  const backends = new Set(artifacts.flatMap(({ artifact }) => (artifact.unit.kind === 'replication' ? [(artifact.result as { backend: string }).backend] : [])));
  const provenance: Provenance = {
    profile: options.profile,
    seed: options.seed,
    commit: options.commit,
    date: artifacts.map(({ artifact }) => artifact.createdAt).sort().at(-1) ?? new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown' },
    backend: backends.size === 0 ? 'none' : [...backends].join('; '),
    totalSeconds: options.totalSeconds,
    units: artifacts.map(({ unit, artifact }) => ({
      key: artifact.key,
      kind: artifact.unit.kind,
      label: unit.label,
      seconds: artifact.seconds,
      cpuSeconds: artifact.cpuSeconds ?? null,
      commit: commitOf(unit, artifact),
      date: artifact.createdAt,
    })),
  };
  for (const { unit } of artifacts) {
    const to = join(options.out, unit.description.kind, `${unitKey(unit.description)}.json`);
    mkdirSync(join(options.out, unit.description.kind), { recursive: true });
    copyFileSync(options.store.resultPath(unit.description), to);
  }
  writeFileAtomic(join(options.out, PROVENANCE_FILE), `${JSON.stringify(provenance, null, 2)}\n`);
  return provenance;
}

/**
 * Fields that measure the machine, not the computation (wall-clock timings), and the sources' descriptions, which
 * name the checkout's paths (the data themselves are named by checksum in the unit's key): reported when they
 * differ, never counted as a difference.
 */
const MACHINE_FIELDS = new Set(['trainingSeconds', 'trainingImagesPerSecond', 'secondsPerProxyEvaluation', 'cifar10.source', 'groundTruth.source', 'source', 'fittedOn']);

export interface ResultDifference {
  /** JSON path of the field, e.g. "cells[3].proxyBnsFt". */
  readonly path: string;
  readonly recorded: unknown;
  readonly recomputed: unknown;
}

export interface Comparison {
  readonly identical: boolean;
  readonly differences: readonly ResultDifference[];
  /** Machine-dependent fields that differ (timings, the checkout's path). */
  readonly machine: readonly ResultDifference[];
}

/** Field by field comparison of a recorded result with its recomputation. */
export function compareResults(recorded: unknown, recomputed: unknown): Comparison {
  const differences: ResultDifference[] = [];
  const machine: ResultDifference[] = [];
  const walk = (a: unknown, b: unknown, path: string) => {
    if (isDeepStrictEqual(a, b)) return;
    const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      a.forEach((x, i) => walk(x, b[i], `${path}[${i}]`));
    } else if (isRecord(a) && isRecord(b)) {
      for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) walk(a[k], b[k], path ? `${path}.${k}` : k);
    } else {
      const field = path.replace(/\[\d+\]/g, '');
      const isMachine = MACHINE_FIELDS.has(field) || MACHINE_FIELDS.has(field.split('.').at(-1) ?? '');
      (isMachine ? machine : differences).push({ path, recorded: a, recomputed: b });
    }
  };
  walk(recorded, recomputed, '');
  return { identical: differences.length === 0, differences, machine };
}

/** The comparison in lines a person reads: the verdict, then up to `limit` differing fields. */
export function describeComparison(label: string, recorded: StoredArtifact<unknown>, recomputed: StoredArtifact<unknown>, comparison: Comparison, limit = 20): string[] {
  const value = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v)?.slice(0, 60));
  const lines = [
    comparison.identical
      ? `${label}: identical to the recorded result (recorded ${recorded.createdAt}, recomputed ${recomputed.createdAt})`
      : `${label}: ${comparison.differences.length} field(s) differ from the recorded result:`,
    ...comparison.differences.slice(0, limit).map((d) => `  ${d.path}: recorded ${value(d.recorded)}, recomputed ${value(d.recomputed)}`),
  ];
  if (comparison.differences.length > limit) lines.push(`  ... and ${comparison.differences.length - limit} more`);
  if (comparison.machine.length > 0) lines.push(`  machine-dependent, not compared: ${comparison.machine.map((d) => d.path).join(', ')}`);
  return lines;
}
