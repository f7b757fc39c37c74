import { describe, expect, test } from 'vitest';
import { formatSeconds, lineProgress } from '../../src/experiments/progress.js';

describe('progress', () => {
  test('durations read as minutes and seconds, rounding never shows 60 s', () => {
    expect(formatSeconds(42.4)).toBe('42s');
    expect(formatSeconds(359.7)).toBe('6m00s');
    expect(formatSeconds(125)).toBe('2m05s');
    expect(formatSeconds(Number.POSITIVE_INFINITY)).toBe('?');
  });

  test('one line per epoch with images/s and ETA, and the last step', () => {
    const lines: string[] = [];
    const info = (step: number) => ({ epoch: step / 10, step, totalSteps: 20, loss: 2.3, learningRate: 0.1, imagesPerSecond: 512, etaSeconds: 65 });
    const sink = lineProgress((line) => lines.push(line));
    for (let step = 1; step <= 20; step++) sink('A4/0', info(step));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('[A4/0] epoch 0.1 step 1/20 loss 2.300 lr 0.1000 512 img/s ETA 1m05s\n');
    expect(lines[2]).toContain('step 20/20');
  });
});
