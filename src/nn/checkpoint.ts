/**
 * Checkpoint files: named float32 tensors plus a JSON document (step, RNG state, configuration). Layout: a
 * little-endian uint32 header length, the UTF-8 JSON header (meta + tensor index), zero padding to 4 bytes, then
 * the tensors' data. Written to a temporary file and renamed, so a crash never leaves a half-written checkpoint.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';

interface Header {
  readonly format: 'ws-repro-checkpoint/1';
  readonly meta: unknown;
  readonly tensors: { name: string; shape: number[]; offset: number; length: number }[];
}

export async function writeCheckpoint(
  path: string,
  meta: unknown,
  tensors: ReadonlyMap<string, tf.Tensor>,
): Promise<void> {
  const index: Header['tensors'] = [];
  const chunks: Float32Array[] = [];
  let offset = 0;
  for (const [name, t] of tensors) {
    if (t.dtype !== 'float32') throw new Error(`writeCheckpoint ${path}: tensor ${name} is ${t.dtype}, not float32`);
    const data = (await t.data()) as Float32Array;
    index.push({ name, shape: [...t.shape], offset, length: data.length });
    chunks.push(data);
    offset += data.length;
  }
  const header: Header = { format: 'ws-repro-checkpoint/1', meta, tensors: index };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const padded = Math.ceil((4 + headerBytes.length) / 4) * 4;
  const out = Buffer.alloc(padded + offset * 4);
  out.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(out, 4);
  const body = new Float32Array(out.buffer, out.byteOffset + padded, offset);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.length;
  }
  writeFileSync(`${path}.tmp`, out);
  renameSync(`${path}.tmp`, path);
}

/** The meta document and the tensors (the caller disposes them). */
export function readCheckpoint(path: string): { meta: unknown; tensors: Map<string, tf.Tensor> } {
  const file = readFileSync(path);
  if (file.length < 4) throw new Error(`readCheckpoint ${path}: file too short`);
  const headerLength = file.readUInt32LE(0);
  let header: Header;
  try {
    header = JSON.parse(file.subarray(4, 4 + headerLength).toString('utf8')) as Header;
  } catch (e) {
    throw new Error(`readCheckpoint ${path}: unreadable header (${(e as Error).message})`);
  }
  if (header.format !== 'ws-repro-checkpoint/1') {
    throw new Error(`readCheckpoint ${path}: unknown format ${header.format}`);
  }
  const padded = Math.ceil((4 + headerLength) / 4) * 4;
  const total = (file.length - padded) / 4;
  const body = new Float32Array(file.buffer.slice(file.byteOffset + padded, file.byteOffset + padded + total * 4));
  const tensors = new Map<string, tf.Tensor>();
  for (const t of header.tensors) {
    if (t.offset + t.length > total) {
      throw new Error(`readCheckpoint ${path}: tensor ${t.name} runs past the end of the file`);
    }
    tensors.set(t.name, tf.tensor(body.subarray(t.offset, t.offset + t.length), t.shape, 'float32'));
  }
  return { meta: header.meta, tensors };
}
