// Test helper: lays a spec out with Vega (same path as the renderer) and
// returns every non-empty text item with its box in SVG coordinates, so tests
// can check that labels neither collide nor leave the figure.
import * as vega from 'vega';
import { compile } from 'vega-lite';

export interface TextBox {
  readonly text: string;
  readonly role: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Rect items only: the place in drawing order, 0 first. */
  readonly order?: number;
}

interface SceneItem {
  readonly x?: number;
  readonly y?: number;
  readonly text?: unknown;
  readonly fill?: unknown;
  readonly bounds: { x1: number; y1: number; x2: number; y2: number };
  readonly items?: readonly SceneMark[];
}
interface SceneMark {
  readonly marktype: string;
  readonly role: string;
  readonly items: readonly SceneItem[];
}

export interface Layout {
  readonly width: number;
  readonly height: number;
  /** Every non-empty text item. */
  readonly boxes: TextBox[];
  /** Every bar (a rect mark's item), in the same coordinates. */
  readonly bars: TextBox[];
  /** The white rectangles under value labels (label-backdrop.ts), which are not bars. */
  readonly backdrops: TextBox[];
}

/** The background colour of every figure, which only a label's backdrop is filled with. */
const BACKDROP_FILL = '#ffffff';

export async function layoutText(spec: object): Promise<Layout> {
  const view = new vega.View(vega.parse(compile(spec as Parameters<typeof compile>[0]).spec), { renderer: 'none' });
  try {
    // toSVG runs the dataflow and fixes the figure size (plot + axes + legends + padding).
    const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(await view.toSVG())!;
    const [ox, oy] = view.origin();
    const boxes: TextBox[] = [];
    const bars: TextBox[] = [];
    const backdrops: TextBox[] = [];
    const visitMark = (mark: SceneMark, dx: number, dy: number) => {
      for (const item of mark.items) {
        if (mark.marktype === 'rect' && mark.role === 'mark') {
          const b = item.bounds;
          const order = bars.length + backdrops.length;
          (item.fill === BACKDROP_FILL ? backdrops : bars).push({ text: '', role: mark.role, x1: b.x1 + dx, y1: b.y1 + dy, x2: b.x2 + dx, y2: b.y2 + dy, order });
        }
        if (mark.marktype === 'text') {
          const text = Array.isArray(item.text) ? item.text.join('\n') : String(item.text ?? '');
          if (text.trim() !== '') {
            const b = item.bounds;
            boxes.push({ text, role: mark.role, x1: b.x1 + dx, y1: b.y1 + dy, x2: b.x2 + dx, y2: b.y2 + dy });
          }
        }
        if (mark.marktype === 'group') {
          for (const child of item.items ?? []) visitMark(child, dx + (item.x ?? 0), dy + (item.y ?? 0));
        }
      }
    };
    visitMark((view.scenegraph() as unknown as { root: SceneMark }).root, ox, oy);
    return { width: Number(size[1]), height: Number(size[2]), boxes, bars, backdrops };
  } finally {
    view.finalize();
  }
}

/** Pairs of boxes whose interiors overlap by more than `tolerance` px in both directions. */
export function overlaps(boxes: readonly TextBox[], tolerance = 0.5): [TextBox, TextBox][] {
  const found: [TextBox, TextBox][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (w > tolerance && h > tolerance) found.push([a, b]);
    }
  }
  return found;
}

/** The text content of every <text> element (one entry per tspan line) in a Vega SVG. */
export function svgTexts(svg: string): string[] {
  const texts: string[] = [];
  // Vega writes an empty label (a year skipped by the stride) as a self-closing <text/>.
  for (const m of svg.matchAll(/<text\b[^>]*?(\/)?>(?:([\s\S]*?)<\/text>)?/g)) {
    if (m[1] === '/') continue;
    const inner = m[2] ?? '';
    const lines = [...inner.matchAll(/<tspan\b[^>]*>([\s\S]*?)<\/tspan>/g)].map((t) => t[1]!);
    for (const line of lines.length > 0 ? lines : [inner]) texts.push(decodeEntities(line));
  }
  return texts;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

// A figure printed on a bar: digits with group and decimal marks, a sign, a percent sign.
const VALUE_LABEL = /^[-+\u2212]?[\d.,\u00a0\u202f ']+%?$/;
const EDGE = 0.5;
const within = (inner: TextBox, outer: TextBox) =>
  inner.x1 >= outer.x1 - EDGE && inner.x2 <= outer.x2 + EDGE && inner.y1 >= outer.y1 - EDGE && inner.y2 <= outer.y2 + EDGE;
const meet = (a: TextBox, b: TextBox) => Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > EDGE && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > EDGE;
const show = (b: TextBox) => `${b.text || 'backdrop'} [${b.x1.toFixed(1)},${b.y1.toFixed(1)} - ${b.x2.toFixed(1)},${b.y2.toFixed(1)}]`;

/** The value labels of a laid-out figure (text marks that print a number). */
export function valueLabels(layout: Layout): TextBox[] {
  return layout.boxes.filter((b) => b.role === 'mark' && VALUE_LABEL.test(b.text));
}

/**
 * What is wrong with a figure's label backdrops (label-backdrop.ts): a value
 * label on no backdrop, a backdrop under no label, one drawn after a bar
 * (it could cut a notch out of a taller neighbour) or over other text.
 */
export function backdropProblems(layout: Layout): string[] {
  const { boxes, bars, backdrops } = layout;
  const labels = valueLabels(layout);
  const firstBar = Math.min(...bars.map((b) => b.order!));
  return [
    ...labels.filter((label) => !backdrops.some((d) => within(label, d))).map((l) => `label on no backdrop: ${show(l)}`),
    ...backdrops.filter((d) => !labels.some((label) => within(label, d))).map((d) => `backdrop under no label: ${show(d)}`),
    ...backdrops.filter((d) => d.order! > firstBar).map((d) => `backdrop drawn after a bar: ${show(d)}`),
    ...backdrops.flatMap((d) => boxes.filter((b) => meet(b, d) && !within(b, d)).map((b) => `${show(d)} over ${show(b)}`)),
  ];
}

