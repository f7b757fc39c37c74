/** One progress line per epoch (and at the end) for a training unit: epoch, loss, images/s, ETA. */
import type { ProgressInfo } from '../nn/trainer.js';

const lastEpochPrinted = new Map<string, number>();

export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds - 60 * m);
  return m > 0 ? `${m}m${String(s).padStart(2, '0')}s` : `${s}s`;
}

export function printProgress(label: string, info: ProgressInfo, write = (line: string) => process.stderr.write(line)): void {
  const epoch = Math.floor(info.epoch);
  const finished = info.step === info.totalSteps;
  if (!finished && lastEpochPrinted.get(label) === epoch) return;
  lastEpochPrinted.set(label, epoch);
  write(
    `[${label}] epoch ${info.epoch.toFixed(1)} step ${info.step}/${info.totalSteps} loss ${info.loss.toFixed(3)} ` +
      `lr ${info.learningRate.toFixed(4)} ${info.imagesPerSecond.toFixed(0)} img/s ETA ${formatSeconds(info.etaSeconds)}\n`,
  );
}
