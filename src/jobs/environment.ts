/**
 * The one place that reads the process environment. The CLI reads it once; everything below src/jobs takes what it
 * needs as plain config (a ground-truth source, a CIFAR-10 location, a backend preference).
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CACHE_VERSION } from '../nasbench/cache.js';
import type { BackendName } from '../nn/backend.js';

/**
 * WS_REPRO_NASBENCH_CACHE (default $XDG_CACHE_HOME/ws-repro/nasbench101.v<N>.bin, XDG_CACHE_HOME default ~/.cache),
 * WS_REPRO_CIFAR10_DIR, WS_REPRO_BACKEND.
 */
export interface Environment {
  /** Where the official NAS-Bench-101 table is cached once imported (it may not exist yet). */
  readonly nasbenchCache: string;
  /** An official CIFAR-10 binary release; absent: the embedded JPEG subset. */
  readonly cifar10Dir?: string;
  /** The backend asked for; absent: the fastest that loads. selectBackend rejects an unknown name, naming the choices. */
  readonly backend?: BackendName;
}

export function readEnvironment(env: Readonly<Record<string, string | undefined>> = process.env): Environment {
  const cacheBase = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return {
    nasbenchCache: env.WS_REPRO_NASBENCH_CACHE || join(cacheBase, 'ws-repro', `nasbench101.v${CACHE_VERSION}.bin`),
    ...(env.WS_REPRO_CIFAR10_DIR ? { cifar10Dir: env.WS_REPRO_CIFAR10_DIR } : {}),
    ...(env.WS_REPRO_BACKEND ? { backend: env.WS_REPRO_BACKEND as BackendName } : {}),
  };
}
