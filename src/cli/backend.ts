/**
 * `ws-repro backend [--json]`: the backend a run would use (WS_REPRO_BACKEND honoured), its adapter, and a gradient
 * check of every op the trainer uses against the cpu backend. Exit status 1 when an op is off by more than the
 * tolerance: a backend that computes wrong gradients must not train.
 */
import type { Command } from 'commander';
import { selectBackend, type BackendInfo, type BackendName } from '../nn/backend.js';
import { gradientCheck } from '../nn/gradient-check.js';

/** float32 kernels that sum in another order differ by ~1e-6 relative; 1e-3 flags a wrong kernel, not rounding. */
export const GRADIENT_TOLERANCE = 1e-3;

/** `environment.backend`: WS_REPRO_BACKEND, read once by the CLI (src/jobs/environment.ts). */
export function registerBackendCommand(program: Command, environment: { readonly backend?: BackendName }): void {
  program
    .command('backend')
    .description('the tfjs backend a run would use (WS_REPRO_BACKEND honoured), its adapter, and a gradient check against cpu')
    .option('--json', 'print one JSON object')
    .action(async (flags: { json?: boolean }) => {
      const backend = await selectBackend({ prefer: environment.backend, log: null });
      const ops = await gradientCheck();
      const largest = Math.max(...ops.flatMap((o) => [o.forward, o.backward]));
      const pass = largest <= GRADIENT_TOLERANCE;
      if (flags.json) {
        const gradientCheckResult = { reference: 'cpu', tolerance: GRADIENT_TOLERANCE, largestRelativeError: largest, pass, ops };
        process.stdout.write(`${JSON.stringify({ backend, gradientCheck: gradientCheckResult }, null, 2)}\n`);
      } else {
        process.stdout.write(`backend: ${backend.description}\n`);
        for (const s of backend.skipped) process.stdout.write(`  skipped ${s.name}: ${s.reason}\n`);
        process.stdout.write(`gradient check against cpu (largest normwise relative error, tolerance ${GRADIENT_TOLERANCE}):\n`);
        for (const o of ops) {
          process.stdout.write(`  ${o.op.padEnd(56)} forward ${o.forward.toExponential(1)}  backward ${o.backward.toExponential(1)}\n`);
        }
        process.stdout.write(`${pass ? 'pass' : 'FAIL'}: largest ${largest.toExponential(2)}\n`);
      }
      if (!pass) process.exitCode = 1;
    });
}

/**
 * `ws-repro run --require-gpu`: the backend the units will select (same preference, same machine), or an error when
 * it does not run on a GPU, so that a GPU job whose driver failed to load stops instead of training on the CPU.
 */
export async function requireGpu(preference: BackendName | undefined): Promise<BackendInfo> {
  const backend = await selectBackend({ prefer: preference });
  if (!backend.gpu) {
    const skipped = backend.skipped.map((s) => `${s.name}: ${s.reason}`).join('; ');
    throw new Error(`--require-gpu: the backend is ${backend.description}, not a GPU${skipped ? ` (${skipped})` : ''}`);
  }
  return backend;
}
