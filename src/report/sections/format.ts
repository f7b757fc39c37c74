/**
 * Text for table cells that hold more than one number (an interval, a mean with its half-width). Single numbers
 * stay numbers: the renderer formats them (3 significant digits).
 */
import type { Interval } from '../../stats/interval.js';

export function fixed(value: number, decimals = 2): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : '–';
}

export function plusMinus(mean: number, halfWidth: number, decimals = 2): string {
  return `${fixed(mean, decimals)} ± ${fixed(halfWidth, decimals)}`;
}

export function bracket(low: number, high: number, decimals = 2): string {
  return `[${fixed(low, decimals)}, ${fixed(high, decimals)}]`;
}

export function intervalText(interval: Pick<Interval, 'low' | 'high'>, decimals = 2): string {
  return bracket(interval.low, interval.high, decimals);
}

export function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
