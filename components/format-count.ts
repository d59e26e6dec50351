const NUMBER = new Intl.NumberFormat("en");

/** "1 failure", "2,345 failures": a count with its noun, grouped digits, English plural. */
export function formatCount(count: number, noun: string): string {
  return `${NUMBER.format(count)} ${noun}${count === 1 ? "" : "s"}`;
}
