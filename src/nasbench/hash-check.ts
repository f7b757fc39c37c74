/**
 * Checks that each new cell of an import hashes to its record's key. The official hash costs about 57 md5
 * calls a cell, most of an import's time, so batches go to worker threads while the main thread keeps
 * decoding. Should workers fail to start, their batches are hashed on the main thread: same result, slower.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Cell } from '../space/cell.js';
import { cellHash } from '../space/hash.js';

export interface HashBatch {
  readonly indices: number[];
  readonly hashes: string[];
  readonly cells: Cell[];
}

export interface HashMismatch {
  /** Record index in the file. */
  readonly index: number;
  readonly expected: string;
  readonly actual: string;
}

const BATCH = 4096;
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './hash-worker.ts' : './hash-worker.js', import.meta.url);
// Run from TypeScript sources (tsx, vitest), the worker registers tsx's loader itself: hooks given to the main
// thread (--import tsx) reach a worker only some of the time.
const WORKER_SOURCE = FROM_SOURCE
  ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
    `.then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); })`
  : `import(${JSON.stringify(WORKER_URL.href)})`;

interface Pending {
  readonly batch: HashBatch;
  readonly done: () => void;
}

interface Lane {
  readonly worker: Worker;
  /** Batches sent and not yet answered, oldest first (a worker answers in order). */
  readonly pending: Pending[];
  failed: boolean;
}

export class HashChecker {
  private readonly lanes: Lane[] = [];
  private readonly mismatches: HashMismatch[] = [];
  private readonly answers: Promise<void>[] = [];
  /** Batches of a worker that could not start: hashed on this thread by finish(). */
  private readonly orphans: HashBatch[] = [];
  private batch: HashBatch = { indices: [], hashes: [], cells: [] };
  private next = 0;

  /** `workers` threads (default: one per core); 0 hashes on the calling thread. */
  constructor(workers = availableParallelism()) {
    for (let k = 0; k < workers; k++) this.lanes.push(this.startLane());
  }

  /** Queue one check: cell (pruned) of record `index` should hash to `hash`. */
  add(index: number, hash: string, cell: Cell): void {
    this.batch.indices.push(index);
    this.batch.hashes.push(hash);
    this.batch.cells.push(cell);
    if (this.batch.cells.length === BATCH) this.flush();
  }

  /** Wait for every check; the mismatch of the lowest record index, or null. Stops the workers. */
  async finish(): Promise<HashMismatch | null> {
    this.flush();
    try {
      await Promise.all(this.answers);
    } finally {
      await this.stop();
    }
    for (const batch of this.orphans.splice(0)) this.hashHere(batch);
    return this.mismatches.reduce<HashMismatch | null>((first, m) => (first && first.index < m.index ? first : m), null);
  }

  /** Worker threads that did the hashing (0: all on the calling thread); final after finish(). */
  get workers(): number {
    return this.lanes.filter((lane) => !lane.failed).length;
  }

  /** Stop the workers without waiting for answers (an import that failed elsewhere). */
  async stop(): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.worker.terminate()));
  }

  private flush(): void {
    const batch = this.batch;
    if (batch.cells.length === 0) return;
    this.batch = { indices: [], hashes: [], cells: [] };
    const live = this.lanes.filter((lane) => !lane.failed);
    if (live.length === 0) {
      this.orphans.push(batch);
      return;
    }
    const lane = live[this.next++ % live.length];
    this.answers.push(new Promise((done) => lane.pending.push({ batch, done })));
    lane.worker.postMessage(batch);
  }

  private startLane(): Lane {
    const lane: Lane = { worker: new Worker(WORKER_SOURCE, { eval: true }), pending: [], failed: false };
    lane.worker.on('message', (mismatches: HashMismatch[]) => {
      this.mismatches.push(...mismatches);
      lane.pending.shift()?.done();
    });
    lane.worker.on('error', () => {
      lane.failed = true;
      for (const { batch, done } of lane.pending.splice(0)) {
        this.orphans.push(batch);
        done();
      }
    });
    return lane;
  }

  private hashHere(batch: HashBatch): void {
    batch.cells.forEach((cell, k) => {
      const actual = cellHash(cell);
      if (actual !== batch.hashes[k]) this.mismatches.push({ index: batch.indices[k], expected: batch.hashes[k], actual });
    });
  }
}
