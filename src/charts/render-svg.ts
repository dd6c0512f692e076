// Vega-Lite spec -> SVG string, headless: compile with vega-lite, run a Vega
// View without a renderer, serialise to SVG. Text is measured with Roboto
// (see text-metrics.ts), which the caller installs before the first render.
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
    const svg = await view.toSVG();
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
