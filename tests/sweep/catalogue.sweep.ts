// The catalogue sweep (`npm run sweep`): builds every deliverable of a
// generated catalogue in memory and checks what a reader would check by eye,
// on reports nobody has looked at. Too slow for `npm test` (about 3 s a
// report on a 2-core machine); run it after changing layout, charts or
// templates. Every defect it has found became a case of a regular test.
//
//   npm run sweep                                  24 reports of seed 17
//   SWEEP_COUNT=60 SWEEP_SEED=23 npm run sweep     another catalogue
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../scripts/generate-catalogue.mjs';
import { renderReport } from '../../src/pipeline.js';
import { chartCatalogue, createChartRenderer, type ChartRenderer } from '../../src/charts/index.js';
import { buildModel } from '../../src/forecast/index.js';
import { validateDataset } from '../../src/load/index.js';
import { MARGINS, PAGE } from '../../src/pdf/theme.js';
import type { Model } from '../../src/types.js';
import { backdropProblems, layoutText, overlaps } from '../charts/scene.js';
import { placedText, readPdf } from '../pdf/pdf-text.js';

const COUNT = Number(process.env.SWEEP_COUNT ?? 24);
const SEED = Number(process.env.SWEEP_SEED ?? 17);
/** Text no deliverable may print: a template or formatter let a missing value through. */
const LEAKS = /\bNaN\b|\bundefined\b|\bnull\b|-?Infinity\b|\[object|\{\{|\}\}/;
/** Half a point of pdfkit's rounding either side of the margin. */
const SLACK = 0.5;

const catalogue = generateCatalogue(COUNT, SEED);
let charts: ChartRenderer;
beforeAll(() => {
  charts = createChartRenderer();
});

function modelOf(file: string, json: unknown): Model {
  const result = validateDataset(json, file);
  expect(result.errors, `${file} is invalid`).toEqual([]);
  return buildModel(result.value!);
}

/**
 * Text runs outside the page's margins (the running header and footer sit in
 * the top and bottom margins, and the sample's watermark crosses the page, on purpose).
 */
async function outsideMargins(pdf: Uint8Array): Promise<string[]> {
  const [left, , right] = MARGINS;
  return (await placedText(pdf))
    .filter((t) => !t.rotated)
    .filter((t) => t.left < left - SLACK || t.right > PAGE.width - right + SLACK || t.y < 0 || t.y > PAGE.height)
    .map((t) => `p${t.page} ${t.left.toFixed(1)}..${t.right.toFixed(1)} "${t.text}"`);
}

describe.each(catalogue.map((c) => [c.file, c.dataset] as const))('%s', (file, json) => {
  it('charts: no text over other text, none outside the figure, full and redacted', async () => {
    const model = modelOf(file, json);
    const problems: string[] = [];
    for (const redact of [false, true]) {
      for (const figure of chartCatalogue(model, { redact })) {
        const layout = await layoutText(figure.spec);
        const { width, height, boxes } = layout;
        const tag = `${figure.id}${redact ? ' (redacted)' : ''}`;
        for (const [a, b] of overlaps(boxes)) problems.push(`${tag}: "${a.text}" over "${b.text}"`);
        for (const b of boxes.filter((b) => b.x1 < -0.5 || b.y1 < -0.5 || b.x2 > width + 0.5 || b.y2 > height + 0.5)) {
          problems.push(`${tag}: "${b.text}" outside the figure`);
        }
        for (const problem of backdropProblems(layout)) problems.push(`${tag}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('deliverables: text within the margins, no leaked placeholder, figures held back only in the sample', async () => {
    const model = modelOf(file, json);
    const [pdf, , sample, html] = await renderReport(model, { assetsDir: process.cwd(), charts });
    const full = await readPdf(pdf!.bytes);
    const free = await readPdf(sample!.bytes);
    const page = Buffer.from(html!.bytes).toString('utf8');
    expect(await outsideMargins(pdf!.bytes), 'report').toEqual([]);
    expect(await outsideMargins(sample!.bytes), 'sample').toEqual([]);
    expect(full.flat.match(LEAKS), 'report').toBeNull();
    expect(free.flat.match(LEAKS), 'sample').toBeNull();
    expect(page.match(LEAKS), 'excerpt page').toBeNull();
    expect(full.flat.match(/\bXX\b/), 'report').toBeNull();
    // A dataset may let its sample show every figure (sample.redact: false).
    if (model.dataset.sample?.redact ?? true) expect(free.flat).toMatch(/\bXX\b/);
    else expect(free.flat.match(/\bXX\b/), 'sample').toBeNull();
  });
});
