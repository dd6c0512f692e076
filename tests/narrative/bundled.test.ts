// Every bundled template renders for datasets with and without the optional
// data, and prints numbers only through the Formatter.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/forecast/index.js';
import { createFormatter } from '../../src/format/index.js';
import { boundContext, createNarrative, reportContext } from '../../src/narrative/index.js';
import { resolveOutline } from '../../src/outline/index.js';
import type { Dataset } from '../../src/types.js';
import { defaultDataset, withRegionalData } from '../fixtures.js';
import { minimalDataset } from '../pdf/datasets.js';

const datasets: [string, Dataset][] = [
  ['default', defaultDataset()],
  ['regional', withRegionalData()],
  ['minimal', minimalDataset()],
];

describe.each(datasets)('bundled templates, %s dataset', (_name, dataset) => {
  it('render every narrative block of the resolved outline, plus the disclaimer', async () => {
    const model = buildModel(dataset);
    const narrative = await createNarrative({ formatter: createFormatter(model) });
    const root = reportContext(model);
    const blocks = resolveOutline(model).chapters.flatMap((c) => c.sections.flatMap((s) => s.blocks));
    const texts = blocks.flatMap((b) => (b.kind === 'narrative' ? [{ template: b.template, text: narrative.text(b.template, boundContext(root, b.binding)) }] : []));
    texts.push({ template: 'disclaimer', text: narrative.text('disclaimer', boundContext(root, {})) });
    expect(texts.length).toBeGreaterThan(10);
    for (const { template, text } of texts) {
      // A profile of a company without a share has nothing to add to its fact box (company-profile.hbs).
      if (template !== 'company-profile') expect(text.trim(), template).not.toBe('');
      expect(text).not.toMatch(/undefined|NaN|\[object|null|\bXX\b|\{\{/);
      // Raw floating-point numbers (more than 3 decimals) would mean a number bypassed the Formatter.
      expect(text).not.toMatch(/\d\.\d{4,}/);
    }
  });
});

it('the outline uses only templates that exist', async () => {
  const model = buildModel(defaultDataset());
  const narrative = await createNarrative({ formatter: createFormatter(model) });
  const used = resolveOutline(model).chapters.flatMap((c) => c.sections.flatMap((s) => s.blocks)).flatMap((b) => (b.kind === 'narrative' ? [b.template] : []));
  for (const name of used) expect(narrative.names).toContain(name);
});
