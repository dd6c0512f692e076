// The Summary sheet names the largest and the fastest-growing segments as the
// report's text does: ranked as printed, so that segments whose figures print
// alike are all named (40.04% and 39.96% both print 40.0%), never only the
// first listed. Each named segment gets its own line reading its own cell.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../src/format/index.js';
import { reportContext } from '../../src/narrative/context.js';
import type { Model } from '../../src/types.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { defaultModel, editedModel, formulaOf, numberIn, readWorkbook } from './fixtures.js';

/** The default dataset with the type segments Alpha, Beta and Gamma at the given shares and CAGRs. */
const typed = (segments: { share: number; cagr: number }[]): Model =>
  editedModel((json) => {
    json.segmentations[0].segments = segments.map((s, i) => ({ name: ['Alpha', 'Beta', 'Gamma'][i], ...s }));
  });

interface Line {
  readonly label: string;
  readonly segment: string;
  readonly formula: string | undefined;
  readonly value: number | undefined;
}

async function summaryLines(model: Model): Promise<Line[]> {
  const ws: ExcelJS.Worksheet = (await readWorkbook(await renderWorkbook(model))).getWorksheet('Summary')!;
  const out: Line[] = [];
  for (let r = 5; r <= ws.rowCount; r++) {
    const segment = ws.getCell(r, 2).value;
    if (typeof segment !== 'string') continue;
    out.push({ label: String(ws.getCell(r, 1).value), segment, formula: formulaOf(ws.getCell(r, 3)), value: numberIn(ws.getCell(r, 3)) });
  }
  return out;
}

const byLabel = (lines: readonly Line[], start: string) => lines.filter((l) => l.label.startsWith(start));

describe('the Summary sheet ranks segments as printed', () => {
  it('names both segments whose base-year shares print alike as the largest', async () => {
    // Alpha 40.04%, Beta 39.96%: both print 40.0% (and the same value). Alpha alone grows fastest.
    const model = typed([{ share: 0.4004, cagr: 0.12 }, { share: 0.3996, cagr: 0.05 }, { share: 0.2, cagr: 0.08 }]);
    const fmt = createFormatter(model);
    const [alpha, beta] = model.segmentations[0]!.segments;
    expect(fmt.percent(alpha!.baseShare)).toBe(fmt.percent(beta!.baseShare));
    const lines = await summaryLines(model);
    const largest = byLabel(lines, 'Largest type segment');
    expect(largest.map((l) => l.segment)).toEqual(['Alpha', 'Beta']);
    expect(new Set(largest.map((l) => l.label))).toEqual(new Set([`Largest type segments (tied), share ${model.baseYear}`]));
    // Each reads its own segment's share cell.
    expect(largest[0]!.formula).not.toBe(largest[1]!.formula);
    expect(largest.map((l) => l.value)).toEqual([alpha!.baseShare, beta!.baseShare]);
    const fastest = byLabel(lines, 'Fastest-growing type segment');
    expect(fastest.map((l) => [l.label, l.segment])).toEqual([[`Fastest-growing type segment, CAGR ${model.baseYear}–${model.forecastTo}`, 'Alpha']]);
  });

  it('names every segment whose CAGR prints as the fastest\'s as fastest-growing', async () => {
    // 9.54%, 9.46% and 9.50% as entered: all print 9.5% once reconciled to the market (which grows 9.5%;
    // rates implying another market growth are rejected by validation).
    const model = typed([{ share: 0.5, cagr: 0.0954 }, { share: 0.3, cagr: 0.0946 }, { share: 0.2, cagr: 0.095 }]);
    const fmt = createFormatter(model);
    const cagrs = model.segmentations[0]!.segments.map((s) => s.cagr);
    expect(new Set(cagrs.map((c) => fmt.percent(c))).size).toBe(1);
    expect(new Set(cagrs).size).toBe(3);
    const fastest = byLabel(await summaryLines(model), 'Fastest-growing type segment');
    expect(fastest.map((l) => l.segment)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(fastest.every((l) => l.label.startsWith('Fastest-growing type segments (tied), CAGR'))).toBe(true);
    expect(fastest.map((l) => l.value)).toEqual(cagrs);
  });

  it('names the same segments as the report text, for every segmentation', async () => {
    // The default dataset (no ties), and Alpha and Beta tied both for size and for
    // growth (Beta's exact CAGR the higher: the Model's `fastest` is Beta).
    const tied = typed([{ share: 0.4004, cagr: 0.1 }, { share: 0.3996, cagr: 0.1001 }, { share: 0.2, cagr: 0.076 }]);
    const type = reportContext(tied).segmentations[0]!;
    expect([type.largestSegments.names, type.leaders.names]).toEqual([['Alpha', 'Beta'], ['Alpha', 'Beta']]);
    for (const model of [defaultModel(), tied]) {
      const lines = await summaryLines(model);
      const context = reportContext(model);
      for (const seg of context.segmentations) {
        const largest = byLabel(lines, `Largest ${seg.title.toLowerCase()} segment`).map((l) => l.segment);
        const fastest = byLabel(lines, `Fastest-growing ${seg.title.toLowerCase()} segment`).map((l) => l.segment);
        expect(largest, seg.id).toEqual(seg.largestSegments.names);
        expect(fastest, seg.id).toEqual(seg.leaders.names);
      }
    }
  });

  it('says the leaders decline least, not that they grow fastest, when every segment shrinks', async () => {
    // A market that falls every year, forecast on its trend: every segment shrinks.
    const model = editedModel((json) => {
      const values = [10, 8, 6, 4, 2, 1];
      json.market.history = json.market.history.map((p: { year: number }, i: number) => ({ year: p.year, value: values[i] }));
      json.market.forecast = { method: 'trend' };
      delete json.market.published;
      // The segments' rates fall with it (about -37 % a year), keeping their spread: validation rejects
      // rates that imply another market growth.
      for (const seg of json.segmentations) for (const s of seg.segments) s.cagr = Math.round((s.cagr - 0.46) * 1000) / 1000;
    });
    const lines = await summaryLines(model);
    for (const seg of model.segmentations) {
      const title = seg.title.toLowerCase();
      expect(seg.segments.every((s) => s.cagr < 0), seg.id).toBe(true);
      expect(byLabel(lines, `Fastest-growing ${title}`), seg.id).toEqual([]);
      const leaders = byLabel(lines, `Least-declining ${title} segment`);
      expect(leaders.map((l) => l.segment), seg.id).toEqual(reportContext(model).segmentations.find((x) => x.id === seg.id)!.leaders.names);
      expect(leaders.every((l) => (l.value ?? 0) < 0), seg.id).toBe(true);
    }
  });

  it('ranks no segment when every one grows at the market\'s rate, as the report says', async () => {
    // No segment with a rate of its own: every CAGR and share prints alike (the report: "so no segment gains share").
    const model = editedModel((json) => {
      for (const s of json.segmentations[0].segments) delete s.cagr;
    });
    const type = reportContext(model).segmentations[0]!;
    expect(type.evenGrowth).toBe(true);
    const lines = await summaryLines(model);
    expect(byLabel(lines, 'Fastest-growing type')).toEqual([]);
    expect(byLabel(lines, 'Least-declining type')).toEqual([]);
    const every = byLabel(lines, 'Every type segment');
    expect(every.map((l) => l.segment)).toEqual(['All segments']);
    expect(createFormatter(model).percent(every[0]!.value!)).toBe(createFormatter(model).percent(model.market.cagr));
  });
});

