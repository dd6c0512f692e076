// Golden SVGs of the default report's charts, reviewed as diffs (like
// vega-lite's examples/compiled/). They were written by another process, so
// matching them is also the cross-process determinism check.
// UPDATE_GOLDEN=1 npx vitest run tests/charts  rewrites them.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartCatalogue, createChartRenderer, type ChartFigure } from '../../src/charts/index.js';
import { defaultModel, ROOT } from './fixtures.js';

const GOLDEN_DIR = path.join(ROOT, 'tests/golden/charts');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
// resvg rasterises with CPU-specific code paths, so PNG hashes are pinned per platform.
const PNG_HASHES = path.join(GOLDEN_DIR, `png-sha256.${process.platform}-${process.arch}.json`);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('golden charts (default dataset)', () => {
  let figures: ChartFigure[];
  beforeAll(() => {
    figures = chartCatalogue(defaultModel());
    if (UPDATE) mkdirSync(GOLDEN_DIR, { recursive: true });
  });

  it('every chart matches its committed SVG', async () => {
    const renderer = createChartRenderer();
    for (const figure of figures) {
      const { svg } = await renderer.svg(figure);
      const file = path.join(GOLDEN_DIR, `${figure.id}.svg`);
      if (UPDATE) writeFileSync(file, svg);
      expect(existsSync(file), `${file} missing: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(svg, `${figure.id}.svg differs from the golden file`).toBe(readFileSync(file, 'utf8'));
    }
  });

  it('has no stale golden files for charts that no longer exist', () => {
    const expected = new Set(figures.map((f) => `${f.id}.svg`));
    const stale = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.svg') && !expected.has(f));
    expect(stale).toEqual([]);
  });

  it('PNGs match the hashes recorded on this platform', async (ctx) => {
    const renderer = createChartRenderer();
    const hashes: Record<string, string> = {};
    for (const figure of figures) hashes[figure.id] = sha256(await renderer.png(figure));
    if (UPDATE) writeFileSync(PNG_HASHES, `${JSON.stringify(hashes, null, 2)}\n`);
    if (!existsSync(PNG_HASHES)) ctx.skip();
    expect(hashes).toEqual(JSON.parse(readFileSync(PNG_HASHES, 'utf8')));
  });

  it('renders byte-identical SVG and PNG twice in a row, with fresh renderers', async () => {
    const [a, b] = [createChartRenderer(), createChartRenderer()];
    for (const figure of figures.slice(0, 4)) {
      expect((await b.svg(figure)).svg).toBe((await a.svg(figure)).svg);
      expect(sha256(await b.png(figure))).toBe(sha256(await a.png(figure)));
    }
  });
});
