// The chart drawer that stands in for svg-to-pdfkit: it reads exactly the SVG
// our charts are made of, draws every chart of the default, regional, stress
// and redacted catalogues itself, leaves anything else to svg-to-pdfkit, and
// puts text where SVG says (each line of a multi-line label anchored on its own,
// which svg-to-pdfkit got wrong).
import fc from 'fast-check';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { chartCatalogue, createChartRenderer } from '../../src/charts/index.js';
import { check, parseTransform } from '../../src/pdf/chart-draw/draw.js';
import { chartDrawStats } from '../../src/pdf/chart-draw/install.js';
import { parseSvg, type SvgNode } from '../../src/pdf/chart-draw/parse.js';
import type { DocDefinition } from '../../src/pdf/nodes.js';
import { FONT_FAMILY, printPdf } from '../../src/pdf/printer.js';
import { defaultModel, regionalModel, stressModel } from '../charts/fixtures.js';

const svg = (body: string, w = 200, h = 100) =>
  `<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${body}</svg>`;
const element = (root: SvgNode | undefined, ...path: number[]): SvgNode => {
  let node = root!;
  for (const i of path) node = node.children[i] as SvgNode;
  return node;
};

describe('parseSvg', () => {
  it('reads elements, attributes and text, with entities resolved', () => {
    const root = parseSvg(svg('<g transform="translate(1,2)"><text fill="#333333">R&amp;D &lt;10% &#8211; &#x2014; &quot;x&quot;</text><path d="M0,0h1"/></g>'));
    expect(root?.tag).toBe('svg');
    const g = element(root, 0);
    expect(g.attrs.get('transform')).toBe('translate(1,2)');
    expect(element(root, 0, 0).children).toEqual(['R&D <10% \u2013 \u2014 "x"']);
    expect(element(root, 0, 1).tag).toBe('path');
  });

  it.each([
    ['a comment', svg('<!-- hi --><g/>')],
    ['CDATA', svg('<text><![CDATA[x]]></text>')],
    ['an unclosed element', '<svg width="1" height="1"><g>'],
    ['a mismatched close', svg('<g></text>')],
    ['a bare ampersand', svg('<text>R&D</text>')],
    ['an unknown entity', svg('<text>&nbsp;</text>')],
    ['two roots', `${svg('')}${svg('')}`],
    ['single-quoted attributes', "<svg width='1' height='1'></svg>"],
    ['a root that is not svg', '<g></g>'],
    ['a repeated attribute', '<svg width="1" width="2"></svg>'],
  ])('refuses %s', (_, text) => {
    expect(parseSvg(text)).toBeUndefined();
  });
});

describe('check', () => {
  it('accepts every chart our catalogues draw, full and redacted', async () => {
    const renderer = createChartRenderer();
    let count = 0;
    for (const model of [defaultModel(), regionalModel(), stressModel()]) {
      for (const redact of [false, true]) {
        for (const figure of chartCatalogue(model, { redact })) {
          const { svg: text } = await renderer.svg(figure);
          const root = parseSvg(text);
          expect(root, figure.id).toBeDefined();
          expect(check(root!), `${figure.id}${redact ? ' (redacted)' : ''}`).toBe(true);
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(60);
  });

  it.each([
    ['a circle', '<circle r="3"/>'],
    ['a gradient fill', '<path d="M0,0h1v1Z" fill="url(#g)"/>'],
    ['a group at partial opacity', '<g opacity="0.5"><path d="M0,0h1v1Z" fill="#000000"/></g>'],
    ['a filled and stroked shape at partial opacity', '<path d="M0,0h1v1Z" fill="#000000" stroke="#ff0000" opacity="0.5"/>'],
    ['a matrix transform', '<g transform="matrix(1,0,0,1,0,0)"/>'],
    ['italic text', '<text font-style="italic">x</text>'],
    ['a clip path', '<g clip-path="url(#c)"/>'],
    ['a named colour', '<path d="M0,0h1" stroke="rebeccapurple"/>'],
    ['a dash with a zero dash', '<path d="M0,0h9" stroke="#000000" stroke-dasharray="0,2"/>'],
    ['a tspan outside text', '<tspan>x</tspan>'],
    ['a rounded rect', '<rect width="3" height="3" rx="1"/>'],
    ['stroked text', '<text stroke="#000000" fill="#333333">x</text>'],
    ['text in a stroked group', '<g stroke="#000000"><text fill="#333333">x</text></g>'],
  ])('leaves %s to svg-to-pdfkit', (_, body) => {
    const root = parseSvg(svg(body));
    expect(root).toBeDefined();
    expect(check(root!)).toBe(false);
  });

  it('accepts the dashes our charts use, including a solid "1,0"', () => {
    for (const dash of ['3,3', '3,2', '1,0', '6,3', '2 2', '4']) {
      expect(check(parseSvg(svg(`<path d="M0,0h9" stroke="#000000" stroke-dasharray="${dash}"/>`))!), dash).toBe(true);
    }
  });
});

describe('parseTransform', () => {
  type Point = [number, number];
  const apply = (m: readonly number[], [x, y]: Point): Point => [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!];
  /** Applies the list as nested SVG transforms do: the last one acts first. */
  const applyAll = (ms: readonly (readonly number[])[], p: Point): Point => ms.reduceRight<Point>((q, m) => apply(m, q), p);
  const num = fc.double({ min: -500, max: 500, noNaN: true });

  it('maps points as SVG does: translate(a,b) rotate(t) translate(c,d)', () => {
    fc.assert(
      fc.property(num, num, fc.double({ min: -360, max: 360, noNaN: true }), num, num, num, num, (a, b, t, c, d, x, y) => {
        const ms = parseTransform(`translate(${a},${b}) rotate(${t}) translate(${c} ${d})`)!;
        const rad = (t * Math.PI) / 180;
        const [px, py] = [x + c, y + d];
        const expected: Point = [a + px * Math.cos(rad) - py * Math.sin(rad), b + px * Math.sin(rad) + py * Math.cos(rad)];
        const got = applyAll(ms, [x, y]);
        expect(got[0]).toBeCloseTo(expected[0], 6);
        expect(got[1]).toBeCloseTo(expected[1], 6);
      }),
    );
  });

  it('rotates about a centre and scales', () => {
    const [x, y] = applyAll(parseTransform('rotate(90, 10, 0)')!, [20, 0]);
    expect(x).toBeCloseTo(10, 9);
    expect(y).toBeCloseTo(10, 9);
    expect(applyAll(parseTransform('scale(2,3)')!, [1, 1])).toEqual([2, 3]);
  });

  it.each(['skewX(10)', 'translate(1,2) junk', 'translate()', 'rotate(1,2)', 'translate(a,b)'])('refuses %s', (value) => {
    expect(parseTransform(value)).toBeUndefined();
  });
});

interface Item {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

async function itemsOf(pdf: Buffer): Promise<Item[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  const content = await (await document.getPage(1)).getTextContent();
  return content.items
    .filter((i): i is typeof i & { str: string; transform: number[]; width: number } => 'str' in i && i.str.trim() !== '')
    .map((i) => ({ str: i.str, x: i.transform[4]!, y: i.transform[5]!, width: i.width }));
}

function page(svgs: readonly string[]): DocDefinition {
  return {
    content: svgs.map((s) => ({ svg: s, width: 400 })),
    info: { title: 'chart drawer test', creationDate: new Date('2024-01-01T00:00:00Z'), modDate: new Date('2024-01-01T00:00:00Z') },
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 40],
    defaultStyle: { font: FONT_FAMILY, fontSize: 11 },
    styles: {},
  } as DocDefinition;
}

describe('drawing in a PDF', () => {
  const label = (anchor: string) =>
    `<text text-anchor="${anchor}" transform="translate(100,40)" font-family="Roboto" font-size="10px" fill="#333333"><tspan>Medical Second Opinion</tspan><tspan x="0" dy="12">Providing Companies</tspan></text>`;

  it('anchors each line of a multi-line label on its own, and draws our charts itself', async () => {
    const before = { ...chartDrawStats };
    const pdf = await printPdf(page([svg(label('end')), svg(label('middle')), svg(label('start'))]), { allowedDirs: [] });
    expect(chartDrawStats.drawn - before.drawn).toBe(3);
    expect(chartDrawStats.delegated - before.delegated).toBe(0);
    const items = await itemsOf(pdf);
    const pair = (n: number) => [items.filter((i) => i.str.includes('Medical'))[n]!, items.filter((i) => i.str.includes('Providing'))[n]!] as const;
    const [endA, endB] = pair(0);
    // The chart is drawn 2x (400 pt wide for a 200 px viewBox): anchors at 200 pt from its left edge.
    expect(endA.x + endA.width).toBeCloseTo(endB.x + endB.width, 1);
    const [midA, midB] = pair(1);
    expect(midA.x + midA.width / 2).toBeCloseTo(midB.x + midB.width / 2, 1);
    const [startA, startB] = pair(2);
    expect(startA.x).toBeCloseTo(startB.x, 1);
    expect(startA.x - (endA.x + endA.width)).toBeCloseTo(0, 0);
    // Lines 12 px = 24 pt apart, the first above the second.
    expect(endA.y - endB.y).toBeCloseTo(24, 1);
    expect(endA.width).toBeGreaterThan(endB.width);
  });

  it('hands SVG outside its subset to svg-to-pdfkit, which still draws it', async () => {
    const before = { ...chartDrawStats };
    const pdf = await printPdf(
      page([svg('<circle cx="50" cy="50" r="20" fill="#ff0000"/><text x="10" y="90" font-family="Roboto" font-size="10">circle label</text>')]),
      { allowedDirs: [] },
    );
    expect(chartDrawStats.delegated - before.delegated).toBe(1);
    expect(chartDrawStats.drawn - before.drawn).toBe(0);
    expect((await itemsOf(pdf)).map((i) => i.str).join(' ')).toContain('circle label');
  });
});
