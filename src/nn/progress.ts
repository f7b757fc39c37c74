/** The default console progress line of a training run (cli-progress on stderr). */
import cliProgress from 'cli-progress';
import type { ProgressCallback } from './trainer.js';

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : `${m}m${String(s % 60).padStart(2, '0')}s`;
}

/** A progress callback drawing one line: steps, epoch, loss, images/s, ETA. Call `stop()` when training ends. */
export function consoleProgress(label = 'train'): { callback: ProgressCallback; stop: () => void } {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} |{bar}| {value}/{total} steps | epoch {epoch} | loss {loss} | {ips} img/s | ETA {remaining}`,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    callback: (info) => {
      const payload = {
        epoch: info.epoch.toFixed(2),
        loss: info.loss.toFixed(4),
        ips: info.imagesPerSecond.toFixed(1),
        remaining: duration(info.etaSeconds),
      };
      if (!started) {
        bar.start(info.totalSteps, info.step, payload);
        started = true;
      } else {
        bar.update(info.step, payload);
      }
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
