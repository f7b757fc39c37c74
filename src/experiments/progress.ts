/**
 * Progress of training units: epoch, loss, images/s and ETA. Workers send their progress to the runner, which draws
 * one cli-progress bar per running unit on a terminal, and one line per epoch elsewhere (CI logs, files); jobs made
 * of steps (the report, the re-analysis) show a bar, or a line per step.
 */
import cliProgress from 'cli-progress';
import type { ProgressInfo } from '../nn/trainer.js';

export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const total = Math.round(seconds);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return m > 0 ? `${m}m${String(s).padStart(2, '0')}s` : `${s}s`;
}

export type ProgressSink = (label: string, info: ProgressInfo) => void;

/** Line mode: one line per epoch (and one at the last step) for each label. */
export function lineProgress(write: (line: string) => unknown = (line) => process.stderr.write(line)): ProgressSink {
  const lastEpoch = new Map<string, number>();
  return (label, info) => {
    const epoch = Math.floor(info.epoch);
    if (info.step !== info.totalSteps && lastEpoch.get(label) === epoch) return;
    lastEpoch.set(label, epoch);
    write(
      `[${label}] epoch ${info.epoch.toFixed(1)} step ${info.step}/${info.totalSteps} loss ${info.loss.toFixed(3)} ` +
        `lr ${info.learningRate.toFixed(4)} ${info.imagesPerSecond.toFixed(0)} img/s ETA ${formatSeconds(info.etaSeconds)}\n`,
    );
  };
}

/**
 * Terminal mode: a live bar per label; `log` prints a line above the bars (a plain write would be drawn over by the
 * next redraw and garble both); `stop()` when the run ends.
 */
export function barProgress(): { sink: ProgressSink; log: (line: string) => void; stop: () => void } {
  const multibar = new cliProgress.MultiBar(
    {
      format: '{label} |{bar}| epoch {epoch} | loss {loss} | {ips} img/s | ETA {eta_text}',
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  // The multibar flushes its log only while it draws (once a bar exists); before that, lines go straight out.
  const drawing = () => (multibar as unknown as { isActive: boolean }).isActive;
  const bars = new Map<string, cliProgress.SingleBar>();
  const sink: ProgressSink = (label, info) => {
    const payload = {
      label: label.padEnd(20),
      epoch: info.epoch.toFixed(1),
      loss: info.loss.toFixed(3),
      ips: info.imagesPerSecond.toFixed(0),
      eta_text: formatSeconds(info.etaSeconds),
    };
    const bar = bars.get(label);
    if (bar) bar.update(info.step, payload);
    else bars.set(label, multibar.create(info.totalSteps, info.step, payload));
  };
  const log = (line: string) => (drawing() ? multibar.log(`${line}\n`) : process.stderr.write(`${line}\n`));
  return {
    sink,
    log,
    stop: () => {
      // One last redraw writes the lines still buffered.
      if (drawing()) multibar.update();
      multibar.stop();
    },
  };
}

/**
 * Progress of a job made of named steps (judging 21 claims, composing the report's sections): a bar on a terminal,
 * one line per step elsewhere (CI logs, files), always on stderr so stdout stays the command's output.
 */
export function stepProgress(title: string, total: number, stream: NodeJS.WriteStream = process.stderr): { step: (name: string) => void; done: () => void } {
  if (!stream.isTTY) {
    let n = 0;
    return { step: (name) => void stream.write(`${title}: ${++n}/${total} ${name}\n`), done: () => undefined };
  }
  const bar = new cliProgress.SingleBar({ format: `${title} |{bar}| {value}/{total} {step}`, hideCursor: true, clearOnComplete: true, stream }, cliProgress.Presets.shades_classic);
  bar.start(total, 0, { step: '' });
  return {
    step: (name) => bar.increment(1, { step: name }),
    done: () => bar.stop(),
  };
}
