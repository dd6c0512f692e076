// The web page holds back forecast figures in its context, as the sample PDF
// does, not only in its bundled templates: a user's --templates folder once
// printed the segments' CAGRs ("11.1%") for a dataset with sample.redact on.
// What the page states on purpose, the headline (the forecast's end value and
// CAGR), stays.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFormatter } from '../../src/format/index.js';
import { redactedTexts } from '../../src/narrative/index.js';
import type { Dataset } from '../../src/types.js';
import { defaultDataset } from '../fixtures.js';
import { renderPage, textOf } from './html-support.js';
import { modelFigures } from './sample-support.js';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function templates(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'excerpt-held-back-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

/** A page that prints every node of the context as ⟦key=value⟧, the leaves as they are. */
const DUMP = { 'page.hbs': '{{#each this}}{{> dump}}{{/each}}', 'dump.hbs': '⟦{{@key}}={{this}}⟧{{#each this}}{{> dump}}{{/each}}' };

async function leavesOf(dataset: Dataset) {
  const { model, html } = await renderPage(dataset, { templatesDir: await templates(DUMP) });
  const leaves = [...html.matchAll(/⟦([^=⟦⟧]*)=([^⟦⟧]*)⟧/g)].map((m) => ({ key: m[1]!, text: m[2]! }));
  expect(leaves.length).toBeGreaterThan(500);
  // Numbers, bar the contents' section numbers ("9.3"), which are names, not figures.
  const numbers = leaves.filter((l) => l.key !== 'number' && l.text.trim() !== '').map((l) => Number(l.text));
  return { model, tokens: leaves.map((l) => l.text), numbers: new Set(numbers.filter(Number.isFinite)) };
}

const unredacted = (): Dataset => ({ ...defaultDataset(), sample: { redact: false } }) as Dataset;

describe('the web page context, redacted (the default)', () => {
  it('gives a template that prints every leaf no figure after the base year but the headline', async () => {
    const { model, tokens, numbers } = await leavesOf(defaultDataset());
    const { market } = model;
    const headline = new Set([market.milestones.end.value, market.cagr, market.spans.forecast.cagr]);
    const { held, shown } = modelFigures(model, createFormatter(model));
    const publicValues = new Set([...headline, ...shown.map((p) => p.value)]);
    const heldBack = held.filter((p) => !publicValues.has(p.value));
    expect(heldBack.length).toBeGreaterThan(50);
    expect(heldBack.filter((p) => numbers.has(p.value)).map((p) => p.label)).toEqual([]);
    // Held back, not dropped: the templates still find the fields, as "XX".
    expect(tokens.filter((t) => t === 'XX').length).toBeGreaterThan(20);
    // The headline and the base-year figures are there.
    for (const v of [...headline, market.milestones.base.value, ...model.segmentations.flatMap((s) => s.segments.map((x) => x.baseShare))]) {
      expect(numbers.has(v), String(v)).toBe(true);
    }
  });

  it('shows the same leaves their figures when the sample is not redacted (so the check above can fail)', async () => {
    const { model, numbers } = await leavesOf(unredacted());
    const cagrs = model.segmentations.flatMap((s) => s.segments.map((x) => x.cagr));
    expect(cagrs.filter((c) => !numbers.has(c))).toEqual([]);
    expect(numbers.has(model.market.rate)).toBe(true);
  });

  it('prints "XX%" for a user template that writes each segment\'s CAGR', async () => {
    const dir = await templates({
      'segmentation.hbs': '<section id="segmentation">{{#each segmentations}}{{#each segments}}<p>{{name}}: {{percent cagr}}</p>{{/each}}{{/each}}</section>',
    });
    const { model, doc } = await renderPage(defaultDataset(), { templatesDir: dir });
    const fmt = createFormatter(model);
    const text = textOf(doc);
    for (const s of model.segmentations.flatMap((x) => x.segments)) {
      expect(text).toContain(`${s.name}: ${redactedTexts(fmt).percent}`);
      expect(text).not.toContain(`${s.name}: ${fmt.percent(s.cagr)}`);
    }
  });
});
