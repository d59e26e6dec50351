// WCAG 2 contrast between two "#rrggbb" colours, and a lift toward white for
// colours that a dark background would swallow.

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function rgb(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [Number.parseInt(match[1], 16), Number.parseInt(match[2], 16), Number.parseInt(match[3], 16)];
}

export function luminance(hex: string): number {
  const [r, g, b] = rgb(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `hex` mixed toward white in 10% steps until it reaches `ratio` against every background. */
export function liftToContrast(hex: string, backgrounds: readonly string[], ratio: number): string {
  const start = rgb(hex);
  for (let step = 0; step <= 10; step++) {
    const mixed = start.map((v) => Math.round(v + ((255 - v) * step) / 10));
    const candidate = `#${mixed.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
    if (backgrounds.every((bg) => contrastRatio(candidate, bg) >= ratio)) return candidate;
  }
  return "#ffffff";
}
