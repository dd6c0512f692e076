// A section's heading and its short intro go to the next page with the figure
// they introduce rather than end a page without it. A reader found "4.4 Growth
// by ..." and its two-line intro at the foot of page 11 of three samples of
// the seed-203 catalogue, with Figure 4.3 alone on an otherwise empty page 12
// (and 7.4 / Figure 7.3 on pages 25-26 of renewable-irrigation-203-7).
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/generate-catalogue.mjs';
import { createChartRenderer } from '../../src/charts/index.js';
import { renderSamplePdf } from '../../src/excerpt/sample/index.js';
import { buildModel } from '../../src/forecast/index.js';
import { figureNode } from '../../src/pdf/blocks/figure.js';
import { keepWithFirst } from '../../src/pdf/keep.js';
import type { Node } from '../../src/pdf/nodes.js';
import { createTheme } from '../../src/pdf/theme.js';
import { pagesAfterGap } from './after-gap.js';
import type { Dataset } from '../../src/types.js';
import { readPdf, type PdfText } from './pdf-text.js';
import { DATA_DIR, renderWithCharts } from './render.js';

const theme = createTheme(undefined);
const heading: Node = { text: [{ text: '4.4  ' }, { text: 'Growth by Type' }], style: 'sectionTitle' };
const figure = figureNode(
  {
    id: 'cagr',
    kind: 'segment-cagr',
    caption: 'CAGR by type',
    spec: {},
    svg: '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="250"><rect x="40" y="40" width="520" height="170" fill="#9fb8d0"/></svg>',
    width: 600,
    height: 250,
  },
  { label: 'Figure 4.3', anchor: 'fig-4-3' } as never,
  theme,
);
const sentence = 'The full report ranks the segments by type by their growth and shows how their shares of the market move. ';

/** Prints a spacer `gap` points high, then the section: heading, intro, figure. The page of each part. */
async function pagesOf(gap: number, intro: string): Promise<{ heading: number; intro: number; figure: number }> {
  const page = await pagesAfterGap(gap, { stack: keepWithFirst(heading, [{ text: intro, style: 'body' }, figure]) }, theme);
  return { heading: page('4.4 Growth'), intro: page('The full report ranks'), figure: page('Figure 4.3:') };
}

/**
 * Pages that end with a section heading (13 pt) and at most three lines of
 * body text (10 pt) while the next page starts with a figure: lines smaller
 * than body text (the chart's labels), then its caption.
 */
function partedIntros(text: PdfText): string[] {
  const body = (p: number) => text.pages[p]!.slice(1, -1).filter((l) => l.text !== 'SAMPLE');
  return text.pages.flatMap((_, p) => {
    if (p + 1 >= text.numPages) return [];
    const lines = body(p);
    const last = lines.map((l) => Math.abs(l.size - 13) < 0.3).lastIndexOf(true);
    const tail = lines.slice(last + 1);
    if (last < 0 || tail.length === 0 || tail.length > 3 || !tail.every((l) => Math.abs(l.size - 10) < 0.3)) return [];
    const next = body(p + 1);
    const caption = next.findIndex((l) => /^Figure \d+\.\d+:/.test(l.text));
    return caption > 0 && next.slice(0, caption).every((l) => l.size < 10) ? [`page ${p + 1}: "${lines[last]!.text}", then ${next[caption]!.text.slice(0, 40)}`] : [];
  });
}

describe('a heading and its short intro stay with the figure they introduce', () => {
  it('go to the next page with the figure wherever the section starts, a two-line intro as a one-line one', async () => {
    for (const intro of [sentence, sentence.repeat(2)]) {
      // From a section that fits whole to one whose heading alone would end the page.
      for (let gap = 300; gap <= 690; gap += 30) {
        const p = await pagesOf(gap, intro);
        expect({ gap, ...p }).toEqual({ gap, heading: p.figure, intro: p.figure, figure: p.figure });
      }
    }
  }, 60_000);

  it('leaves a long intro free to break, its figure following where it ends', async () => {
    // Eight lines: moving them with the figure would leave a gap of a third of a page.
    const p = await pagesOf(450, sentence.repeat(8));
    expect(p).toEqual({ heading: 1, intro: 1, figure: 2 });
  });

  it('no page of the reports the reader saw ends with a heading and its intro while the figure starts the next (real charts)', async () => {
    const parted: string[] = [];
    const sample = buildModel(generateDataset(203, 2) as unknown as Dataset);
    const samplePdf = await renderSamplePdf(sample, { charts: createChartRenderer(), assetsDir: DATA_DIR });
    parted.push(...partedIntros(await readPdf(samplePdf)).map((s) => `${sample.id} sample, ${s}`));
    const { model, pdf } = await renderWithCharts(generateDataset(203, 7) as unknown as Dataset);
    parted.push(...partedIntros(await readPdf(pdf)).map((s) => `${model.id}, ${s}`));
    expect(parted).toEqual([]);
  }, 120_000);
});
