/** NAS-Bench-101's ModelMetrics protobuf, decoded and encoded by protobufjs from model_metrics.proto. */
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

export interface EvaluationData {
  readonly currentEpoch: number;
  readonly trainingTime: number;
  readonly trainAccuracy: number;
  readonly validationAccuracy: number;
  readonly testAccuracy: number;
  readonly checkpointPath: string;
}

export interface ModelMetrics {
  readonly evaluationData: readonly EvaluationData[];
  readonly trainableParameters: number;
  readonly totalTime: number;
}

const PROTO = fileURLToPath(new URL('./model_metrics.proto', import.meta.url));
const ModelMetricsType = protobuf.loadSync(PROTO).lookupType('nasbench.ModelMetrics');

/** The decoded message itself (no copy): absent proto2 fields read as their defaults from its prototype. */
export function decodeModelMetrics(bytes: Uint8Array): ModelMetrics {
  return ModelMetricsType.decode(bytes) as unknown as ModelMetrics;
}

export function encodeModelMetrics(metrics: ModelMetrics): Uint8Array {
  return ModelMetricsType.encode(ModelMetricsType.fromObject(metrics)).finish();
}
