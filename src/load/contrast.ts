// The brand colour fills the cover title, the headings and the chart bars on a
// white page. WCAG 2 asks large text and graphics for a contrast ratio of at
// least 3:1; a paler colour (the extreme: "#FFFFFF") makes them vanish.

export const MIN_BRAND_CONTRAST = 3;

type Rgb = readonly [number, number, number];

function parseHex(hex: string): Rgb | undefined {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : undefined;
}

/** WCAG 2 relative luminance of an sRGB colour. */
function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast ratio of a "#rrggbb" colour against white (1 to 21), or undefined for anything else. */
export function contrastWithWhite(hex: string): number | undefined {
  const rgb = parseHex(hex);
  return rgb ? 1.05 / (luminance(rgb) + 0.05) : undefined;
}

/**
 * The same hue darkened just enough to reach `min` against white: what to
 * suggest instead of a colour that is too pale. Lowercase "#rrggbb".
 */
export function darkenToContrast(hex: string, min = MIN_BRAND_CONTRAST): string {
  const rgb = parseHex(hex) ?? [0, 0, 0];
  const scaled = (f: number): Rgb => rgb.map((c) => Math.floor(c * f)) as unknown as Rgb;
  // Contrast grows as the factor shrinks; halve the interval 20 times, keep the lighter side that passes.
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 20; i++) {
    const mid = (lo + hi) / 2;
    if (1.05 / (luminance(scaled(mid)) + 0.05) >= min) lo = mid;
    else hi = mid;
  }
  return `#${scaled(lo).map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
