/**
 * Checkpoint files: named float32 tensors plus a JSON document (step, RNG state, configuration), in the checksummed
 * container (io/container.ts): one section per tensor, each checked against its sha256 before anything is resumed
 * from it. Written atomically, so a crash never leaves a half-written checkpoint.
 */
import * as tf from '@tensorflow/tfjs';
import { readContainer, writeContainer } from '../io/container.js';
import { FileError } from '../io/file-error.js';

const FORMAT = { format: 'ws-repro/training-checkpoint', version: 2 } as const;

interface Meta {
  readonly meta: unknown;
  readonly shapes: Readonly<Record<string, readonly number[]>>;
}

export async function writeCheckpoint(path: string, meta: unknown, tensors: ReadonlyMap<string, tf.Tensor>): Promise<void> {
  const sections = new Map<string, Float32Array>();
  const shapes: Record<string, number[]> = {};
  for (const [name, t] of tensors) {
    if (t.dtype !== 'float32') throw new Error(`writeCheckpoint ${path}: tensor ${name} is ${t.dtype}, not float32`);
    sections.set(name, (await t.data()) as Float32Array);
    shapes[name] = [...t.shape];
  }
  writeContainer(path, { ...FORMAT, meta: { meta, shapes } satisfies Meta, sections });
}

/**
 * The meta document and the tensors (the caller disposes them). Every byte is checked first: a damaged, truncated
 * or foreign file throws a FileError naming it and what is wrong.
 */
export function readCheckpoint(path: string): { meta: unknown; tensors: Map<string, tf.Tensor> } {
  const { meta, sections } = readContainer(path, FORMAT);
  const { meta: inner, shapes } = meta as Meta;
  const tensors = new Map<string, tf.Tensor>();
  for (const [name, bytes] of sections) {
    const shape = shapes[name];
    const values = new Float32Array(bytes.buffer, 0, bytes.byteLength / 4);
    if (!shape || shape.reduce((a, b) => a * b, 1) !== values.length) {
      tensors.forEach((t) => t.dispose());
      throw new FileError(path, `damaged: tensor ${name} does not match its shape`);
    }
    tensors.set(name, tf.tensor(values, [...shape], 'float32'));
  }
  return { meta: inner, tensors };
}
