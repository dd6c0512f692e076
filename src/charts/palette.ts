// Chart colours, derived from the publisher's brand colour so that every
// figure of a report looks like the same publication. The brand colour leads
// every categorical palette; a forecast is a lighter tint of it.

/** Used when the dataset gives no brandColor. */
export const DEFAULT_BRAND_COLOR = '#1f4e79';

// Distinct hues that read on white and in greyscale print; the brand colour
// replaces whichever of these is too close to it.
const BASE_PALETTE: readonly string[] = [
  '#1f4e79',
  '#e07b39',
  '#2a9d8f',
  '#c9a227',
  '#8e5ba6',
  '#d1495b',
  '#5b8fd1',
  '#6a994e',
  '#9c6644',
  '#4a4e8a',
  '#e9a3c9',
  '#7f7f7f',
];

export interface ChartPalette {
  readonly brand: string;
  /** Forecast bars and the scenario band: the brand colour lightened. */
  readonly forecast: string;
  readonly band: string;
  /** "Others" and reference lines. */
  readonly muted: string;
  readonly text: string;
  readonly subtleText: string;
  readonly grid: string;
  readonly domain: string;
  /** The figure's background, also drawn under value labels (label-backdrop.ts). */
  readonly background: string;
  /** `n` distinguishable colours, brand first. */
  categorical(n: number): string[];
}

export function createPalette(brandColor: string | undefined): ChartPalette {
  const brand = normalizeHex(brandColor ?? DEFAULT_BRAND_COLOR);
  const others = BASE_PALETTE.filter((c) => distance(c, brand) > 60).slice(0, BASE_PALETTE.length - 1);
  const base = [brand, ...others];
  return {
    brand,
    forecast: mix(brand, '#ffffff', 0.5),
    band: mix(brand, '#ffffff', 0.8),
    muted: '#9a9a9a',
    text: '#333333',
    subtleText: '#666666',
    grid: '#e4e4e4',
    domain: '#8c8c8c',
    background: '#ffffff',
    categorical(n) {
      // Past the base hues, repeat them lighter rather than invent near-duplicates.
      const colours: string[] = [];
      for (let i = 0; i < n; i++) {
        const round = Math.floor(i / base.length);
        const hue = base[i % base.length]!;
        colours.push(round === 0 ? hue : mix(hue, '#ffffff', Math.min(0.3 * round + 0.15, 0.75)));
      }
      return colours;
    },
  };
}

function normalizeHex(hex: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(hex) ? hex.toLowerCase() : DEFAULT_BRAND_COLOR;
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function distance(a: string, b: string): number {
  const [r1, g1, b1] = rgb(a);
  const [r2, g2, b2] = rgb(b);
  return Math.hypot(r1 - r2, g1 - g2, b1 - b2);
}

/** `a` moved towards `b` by `t` (0..1), as #rrggbb. */
export function mix(a: string, b: string, t: number): string {
  const ca = rgb(a);
  const cb = rgb(b);
  const parts = ca.map((v, i) => Math.round(v + (cb[i]! - v) * t));
  return `#${parts.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
