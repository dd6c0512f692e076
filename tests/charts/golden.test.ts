// Golden SVGs of the default report's charts, reviewed as diffs (like
// vega-lite's examples/compiled/), plus, under regional/, the figures that only
// a dataset with regionalData has (the default dataset plus regional series).
// They were written by another process, so matching them is also the
// cross-process determinism check.
// UPDATE_GOLDEN=1 npx vitest run tests/charts  rewrites them.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartCatalogue, createChartRenderer, type ChartFigure } from '../../src/charts/index.js';
import { defaultModel, regionalModel, ROOT } from './fixtures.js';

const GOLDEN_DIR = path.join(ROOT, 'tests/golden/charts');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
// resvg's WebAssembly draws the same pixels everywhere, but Node's zlib (which
// deflates them) has CPU-specific code paths, so PNG hashes are pinned per platform.
const PNG_HASHES = path.join(GOLDEN_DIR, `png-sha256.${process.platform}-${process.arch}.json`);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A golden figure and its file name relative to GOLDEN_DIR (also its key in the PNG hashes). */
interface Golden {
  readonly figure: ChartFigure;
  readonly name: string;
}

describe('golden charts (default dataset; regional figures with regional data)', () => {
  let figures: ChartFigure[];
  let goldens: Golden[];
  beforeAll(() => {
    figures = chartCatalogue(defaultModel());
    const regional = chartCatalogue(regionalModel()).filter((f) => f.id.startsWith('regional-'));
    goldens = [...figures.map((figure) => ({ figure, name: figure.id })), ...regional.map((figure) => ({ figure, name: `regional/${figure.id}` }))];
    if (UPDATE) mkdirSync(path.join(GOLDEN_DIR, 'regional'), { recursive: true });
  });

  it('every chart matches its committed SVG', async () => {
    const renderer = createChartRenderer();
    for (const { figure, name } of goldens) {
      const { svg } = await renderer.svg(figure);
      const file = path.join(GOLDEN_DIR, `${name}.svg`);
      if (UPDATE) writeFileSync(file, svg);
      expect(existsSync(file), `${file} missing: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(svg, `${name}.svg differs from the golden file`).toBe(readFileSync(file, 'utf8'));
    }
  });

  it('has no stale golden files for charts that no longer exist', () => {
    const expected = new Set(goldens.map((g) => `${g.name}.svg`));
    const stale = ['', 'regional/']
      .flatMap((dir) => readdirSync(path.join(GOLDEN_DIR, dir)).map((f) => `${dir}${f}`))
      .filter((f) => f.endsWith('.svg') && !expected.has(f));
    expect(stale).toEqual([]);
    expect(goldens.filter((g) => g.name.startsWith('regional/'))).toHaveLength(3);
  });

  it('PNGs match the hashes recorded on this platform', async (ctx) => {
    const renderer = createChartRenderer();
    const hashes: Record<string, string> = {};
    for (const { figure, name } of goldens) hashes[name] = sha256(await renderer.png(figure));
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
