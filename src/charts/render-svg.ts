// Vega-Lite spec -> SVG string, headless: compile with vega-lite, run a Vega
// View without a renderer, serialise to SVG. Text is measured with Roboto
// (see text-metrics.ts), which the caller installs before the first render.
// Coordinates are rounded to COORDINATE_DECIMALS: Vega writes scale output
// with 17 significant digits, which makes the files larger and, in a figure
// that shows no numbers, hands a reader the exact value behind every mark.
import * as vega from 'vega';
import { compile } from 'vega-lite';

export interface SvgResult {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /** vega-lite compile warnings (an unsupported channel, a dropped property); tests require none. */
  readonly warnings: readonly string[];
}

// vega-lite warns that it drops "fit-y" whenever the height is a band step,
// even when the spec asked for "fit-x" only, which is what it then does.
const EXPECTED_WARNINGS = new Set(['Dropping "fit-y" because spec has discrete height.']);

export async function renderSvg(spec: object): Promise<SvgResult> {
  const warnings: string[] = [];
  const logger = createLogger(warnings, EXPECTED_WARNINGS);
  const compiled = compile(spec as Parameters<typeof compile>[0], { logger }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.Warn, logger: logger as unknown as vega.LoggerInterface });
  try {
    const svg = roundCoordinates(await view.toSVG());
    return { svg, ...svgSize(svg), warnings };
  } finally {
    view.finalize();
  }
}

/** A vega / vega-lite logger that collects warnings instead of printing them. */
function createLogger(warnings: string[], expected: ReadonlySet<string>) {
  let level = 0;
  const logger = {
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error(...args: readonly unknown[]) {
      throw new Error(`charts: ${args.map(String).join(' ')}`);
    },
    warn(...args: readonly unknown[]) {
      const message = args.map(String).join(' ');
      if (!expected.has(message)) warnings.push(message);
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger;
}

/** The width and height attributes of an SVG's root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  if (!m) throw new Error('charts: an SVG without width/height');
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** A hundredth of a pixel: finer than any PDF or screen shows, coarse enough to drop float noise. */
export const COORDINATE_DECIMALS = 2;

// Attributes that hold only numbers and path or transform syntax; never text,
// colours ("#1e5e79" would read as a number) or ids.
const GEOMETRY_ATTRIBUTES = new Set(['d', 'transform', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'dx', 'dy', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'viewBox', 'points']);
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/**
 * Rounds every number in the geometry attributes of `svg`'s tags. Text
 * content is untouched: Vega's serialiser escapes "<" and ">" in text and
 * attribute values, so every "<...>" is a tag and every `name="..."` in it an
 * attribute. Deterministic: the same SVG always rounds to the same string.
 */
export function roundCoordinates(svg: string, decimals = COORDINATE_DECIMALS): string {
  const factor = 10 ** decimals;
  const round = (n: string) => {
    const v = Math.round(Number(n) * factor) / factor;
    // Math.round gives -0 for small negatives; "-0" would differ from "0" for no reason.
    return String(v === 0 ? 0 : v);
  };
  return svg.replace(/<[^>]*>/g, (tag) =>
    tag.replace(/(\s)([A-Za-z][\w:-]*)="([^"]*)"/g, (whole, space: string, name: string, value: string) =>
      GEOMETRY_ATTRIBUTES.has(name) ? `${space}${name}="${value.replace(NUMBER, round)}"` : whole,
    ),
  );
}
