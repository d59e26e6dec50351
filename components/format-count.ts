const NUMBER = new Intl.NumberFormat("en");

/** "2,345": grouped digits, as every count and position on the site shows them. */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** "1 failure", "2,345 failures": a count with its noun, grouped digits, English plural (or `plural`: "matches"). */
export function formatCount(count: number, noun: string, plural = `${noun}s`): string {
  return `${formatNumber(count)} ${count === 1 ? noun : plural}`;
}
