// The pdf speed-ups (shared fonts and shaped words, style lookups, SVG
// measurement memo, batched page content) must not change a byte: every PDF
// here is printed with them (after other reports warmed the shared caches)
// and without them, and the two must be identical.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createChartRenderer, type ChartRenderer } from '../../src/charts/index.js';
import { renderSamplePdf } from '../../src/excerpt/sample/index.js';
import { buildModel } from '../../src/forecast/index.js';
import { renderReportPdf } from '../../src/pdf/index.js';
import { sharedPdfFontCache } from '../../src/pdf/printer.js';
import type { Dataset, Model } from '../../src/types.js';
import { DEFAULT_DATASET_FILE, defaultDataset, defaultRaw, withRegionalData } from '../fixtures.js';
import { withSpeedupsOff } from './switch.js';

const assetsDir = path.dirname(DEFAULT_DATASET_FILE);
let charts: ChartRenderer;

beforeAll(() => {
  charts = createChartRenderer();
});

/** Another market: other names, other words to shape, another brand colour. */
function otherMarket(): Dataset {
  const d = defaultRaw();
  d.id = 'industrial-enzymes';
  d.title = 'Industrial Enzymes Market — Ωmega Δelta ﬁnal edition';
  d.publisher.brandColor = '#7a2e1f';
  d.companies = d.companies.map((c: { name: string }, i: number) => ({ ...c, name: `${c.name} Ærø ${i}` }));
  return d as Dataset;
}

async function both(render: () => Promise<Buffer>): Promise<{ fast: Buffer; plain: Buffer }> {
  const fast = await render();
  const plain = await withSpeedupsOff(render);
  return { fast, plain };
}

const full = (model: Model) => () => renderReportPdf(model, { charts, assetsDir });
const sample = (model: Model) => () => renderSamplePdf(model, { charts, assetsDir });

describe('PDF bytes with and without the speed-ups', () => {
  it('are identical for the default report and its sample', async () => {
    const model = buildModel(defaultDataset());
    for (const render of [full(model), sample(model)]) {
      const { fast, plain } = await both(render);
      expect(fast.equals(plain)).toBe(true);
    }
    // The shared cache was used and stayed clean (no fallback print needed).
    expect(sharedPdfFontCache().stats()).toMatchObject({ stores: 1, taints: 0 });
    expect(sharedPdfFontCache().stats().entries).toBeGreaterThan(1000);
  });

  it('are identical for a regional report, most of whose words the caches hold already', async () => {
    const { fast, plain } = await both(full(buildModel(withRegionalData())));
    expect(fast.equals(plain)).toBe(true);
  });

  it('are identical for a report whose glyphs conflict with what the shared fonts saw', async () => {
    // Delta and Omega have two code points each in Roboto and "fi" is both a
    // ligature and U+FB01: the shared font must notice and print this one
    // the plain way.
    const model = buildModel(otherMarket());
    const before = sharedPdfFontCache().stats().taints;
    const { fast, plain } = await both(full(model));
    expect(fast.equals(plain)).toBe(true);
    expect(sharedPdfFontCache().stats().taints).toBeGreaterThan(before);
  });
});
