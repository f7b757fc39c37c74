/**
 * Text for table cells that hold more than one number (an interval, a mean with its half-width). Single numbers
 * stay numbers: the renderer formats them (3 significant digits). Non-breaking spaces keep a pair on one line.
 */
export function fixed(value: number, decimals = 2): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : '–';
}

export function plusMinus(mean: number, halfWidth: number, decimals = 2): string {
  return `${fixed(mean, decimals)}\u00a0±\u00a0${fixed(halfWidth, decimals)}`;
}

export function bracket(low: number, high: number, decimals = 2): string {
  return `[${fixed(low, decimals)},\u00a0${fixed(high, decimals)}]`;
}
