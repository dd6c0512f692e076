// Companies are ranked by share as the reader sees it: two companies printed at
// "1.6%" share a rank, whatever their last digits and whichever the dataset
// lists first. A reviewer found "ranks number 10" and "ranks number 11" for two
// companies both at 3.1%, and the share chart naming one of them while the
// other sat in "Others". The PDF table, the profiles, the prose, the chart and
// the workbook all read the one ranking (src/format/ranking.ts via the Model).
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { chartCatalogue } from '../../src/charts/index.js';
import { renderExcerptHtml } from '../../src/excerpt/html/index.js';
import { TOP_COMPANIES } from '../../src/charts/specs/company-share.js';
import { buildModel } from '../../src/forecast/index.js';
import { createFormatter } from '../../src/format/index.js';
import { rankWords, shareRanks } from '../../src/format/ranking.js';
import { companyProfileNodes } from '../../src/pdf/blocks/company.js';
import type { RenderContext } from '../../src/pdf/context.js';
import { buildTable } from '../../src/pdf/tables/index.js';
import { createTheme } from '../../src/pdf/theme.js';
import { fullView } from '../../src/pdf/view.js';
import type { Dataset, Model } from '../../src/types.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { defaultDataset } from '../fixtures.js';
import { parseHtml, textOf } from '../excerpt/html-support.js';
import { renderedNarrative } from '../narrative/rendered.js';
import { stubCatalogue, stubRenderer } from '../pdf/stub-charts.js';
import { readWorkbook } from '../xlsx/fixtures.js';

/** The default dataset with some companies' shares changed, by name. */
function withShares(shares: Record<string, number>): Dataset {
  const d = defaultDataset();
  return { ...d, companies: d.companies.map((c) => (c.name in shares ? { ...c, share: shares[c.name]! } : c)) };
}

// The default ranks Keio University Hospital 10th (1.6%) and Inova Care 11th
// (1.5%); at 1.56% Inova Care prints "1.6%" too.
const TIED_TENTH = ['Keio University Hospital', 'Inova Care'];
const tiedTenth = () => buildModel(withShares({ 'Inova Care': 0.0156 }));

function contextOf(model: Model): RenderContext {
  const fmt = createFormatter(model);
  return { model, fmt, view: fullView(fmt), theme: createTheme(undefined) } as unknown as RenderContext;
}

function rankFact(model: Model, name: string): string | undefined {
  const [box] = companyProfileNodes(contextOf(model), name) as [{ table: { body: { text: string }[][] } }];
  return new Map(box.table.body.map(([k, v]) => [k!.text, v!.text])).get('Rank');
}

describe('shareRanks', () => {
  it('gives shares and values that print alike one rank, and counts every larger one for the next', () => {
    const fmt = createFormatter(buildModel(defaultDataset()));
    const at = (share: number, value: number) => ({ share, value });
    expect(shareRanks(fmt, [at(0.04, 0.2), at(0.0314, 0.154), at(0.0306, 0.151), at(0.03, 0.15), undefined])).toEqual([1, 2, 2, 4, undefined]);
  });

  it('tells apart shares that print alike when their values do not ("5.7% worth 55" before "5.7% worth 54")', () => {
    const fmt = createFormatter(buildModel(defaultDataset()));
    const at = (share: number, value: number) => ({ share, value });
    expect(shareRanks(fmt, [at(0.0578, 55), at(0.0574, 55), at(0.0566, 54), at(0.0566, 54.001)])).toEqual([1, 2, 3, 3]);
  });

  it('words a shared rank as joint, and ordinals as English writes them', () => {
    const ranks = [{ rank: 1 }, { rank: 2 }, { rank: 2 }, { rank: 11 }, { rank: 22 }, {}];
    expect(rankWords(ranks, 1)).toBe('1st');
    expect(rankWords(ranks, 2)).toBe('joint 2nd');
    expect(rankWords(ranks, 11)).toBe('11th');
    expect(rankWords(ranks, 22)).toBe('22nd');
  });
});

describe('two companies whose shares print alike', () => {
  it('share a rank in the Model, and the next company counts both', () => {
    const model = tiedTenth();
    const rank = (name: string) => model.companies.list.find((c) => c.name === name)!.rank;
    expect(TIED_TENTH.map(rank)).toEqual([10, 10]);
    expect(rank('Toranomon Hospital')).toBe(12);
  });

  it('share a rank in the PDF table and are both "joint 10th" in their profiles', () => {
    const model = tiedTenth();
    const table = buildTable('company-share', contextOf(model), {});
    const rows = new Map(table.rows.map((r) => [r[1]!, r[0]!]));
    expect(TIED_TENTH.map((n) => rows.get(n))).toEqual(['10', '10']);
    const all = model.companies.list.length;
    for (const name of TIED_TENTH) expect(rankFact(model, name)).toBe(`joint 10th of ${all}`);
    expect(rankFact(model, 'Toranomon Hospital')).toBe(`12th of ${all}`);
  });

  it('are both "joint 10th" in the profile prose', async () => {
    const { model, text } = await renderedNarrative(withShares({ 'Inova Care': 0.0156 }));
    // The fact box gives the rank; the prose names who is level and who is next.
    expect(text['company-profile']).toContain(`In ${model.baseYear}, Keio University Hospital ranked behind Mondial Assistance (2.7%), level with Inova Care, and ahead of Toranomon Hospital (1.4%).`);
    expect(text['company-profile']).toContain(`In ${model.baseYear}, Toranomon Hospital ranked behind Keio University Hospital and Inova Care (1.6% each) and ahead of Amradnet (1.2%).`);
    expect(text['company-profile']).not.toMatch(/ranks number|ranks 11th/);
  });

  it('share a rank in the workbook\'s Companies sheet', async () => {
    const model = tiedTenth();
    const ws: ExcelJS.Worksheet = (await readWorkbook(await renderWorkbook(model))).getWorksheet('Companies')!;
    const rankOf = new Map<string, unknown>();
    for (let r = 5; r <= ws.rowCount; r++) rankOf.set(String(ws.getCell(r, 2).value), ws.getCell(r, 1).value);
    expect(TIED_TENTH.map((n) => rankOf.get(n))).toEqual([10, 10]);
    expect(rankOf.get('Toranomon Hospital')).toBe(12);
  });

  it('both get a bar in the share chart when they tie at the cut, and the rest bar holds only smaller ones', () => {
    const model = tiedTenth();
    const spec = JSON.stringify(chartCatalogue(model).find((f) => f.id === 'company-share')!.spec);
    for (const name of TIED_TENTH) expect(spec).toContain(`"name":"${name}"`);
    expect(spec).not.toContain('"name":"Toranomon Hospital"');
    expect(model.companies.list.filter((c) => c.rank! <= TOP_COMPANIES)).toHaveLength(TOP_COMPANIES + 1);
  });

  it('lead jointly when both print the top share, and neither is named the sole leader', async () => {
    const { model, text } = await renderedNarrative(withShares({ 'Best Doctors Inc': 0.0716 }));
    const fmt = createFormatter(model);
    expect(text['company-share']).toContain(`HCA Hospitals and Best Doctors Inc were the largest of the profiled companies in ${model.baseYear}, each with an estimated share of ${fmt.percent(0.072)}.`);
    expect(text['company-share']).not.toContain('HCA Hospitals led');
  });

  it('are both among the web excerpt\'s largest companies when they tie at third', async () => {
    // AXA PPP Healthcare prints 6.1%; at 6.06% Cleveland Clinic prints 6.1% too.
    const model = buildModel(withShares({ 'Cleveland Clinic': 0.0606 }));
    const html = await renderExcerptHtml(model, { charts: stubRenderer(), catalogue: stubCatalogue(model) });
    const text = textOf(parseHtml(html).doc);
    expect(text).toContain('AXA PPP Healthcare: 6.1%');
    expect(text).toContain('Cleveland Clinic: 6.1%');
  });
});

// The reviewer's case: two companies whose shares print alike but whose values
// do not. At the default market (USD 4.92 billion in the base year) 5.84% and
// 5.76% both print "5.8%", worth 0.29 and 0.28: the second is 3rd, not "joint
// 2nd" beside a company worth more, while 5.94% (5.9%, worth 0.29) is 1st.
const SAME_SHARE_OTHER_VALUE = { 'HCA Hospitals': 0.0594, 'Best Doctors Inc': 0.0584, 'AXA PPP Healthcare': 0.0576 };

describe('two companies whose shares print alike but whose values do not', () => {
  it('do not share a rank in the Model, the PDF table or their profiles', () => {
    const model = buildModel(withShares(SAME_SHARE_OTHER_VALUE));
    const fmt = createFormatter(model);
    const byName = (name: string) => model.companies.list.find((c) => c.name === name)!;
    const [best, axa] = [byName('Best Doctors Inc'), byName('AXA PPP Healthcare')];
    expect(fmt.percent(best.share!)).toBe(fmt.percent(axa.share!));
    expect(fmt.value(best.value!)).not.toBe(fmt.value(axa.value!));
    expect(['HCA Hospitals', 'Best Doctors Inc', 'AXA PPP Healthcare'].map((n) => byName(n).rank)).toEqual([1, 2, 3]);
    const rows = new Map(buildTable('company-share', contextOf(model), {}).rows.map((r) => [r[1]!, r[0]!]));
    expect(rows.get('AXA PPP Healthcare')).toBe('3');
    const all = model.companies.list.length;
    expect(rankFact(model, 'Best Doctors Inc')).toBe(`2nd of ${all}`);
    expect(rankFact(model, 'AXA PPP Healthcare')).toBe(`3rd of ${all}`);
  });

  it('are not "joint" in the profile prose', async () => {
    const { text } = await renderedNarrative(withShares(SAME_SHARE_OTHER_VALUE));
    expect(text['company-profile']).not.toMatch(/level with (Best Doctors Inc|AXA PPP Healthcare)/);
    expect(text['company-profile']).toContain('AXA PPP Healthcare ranked behind Best Doctors Inc (5.8%, worth USD 0.29 billion)');
  });
});
