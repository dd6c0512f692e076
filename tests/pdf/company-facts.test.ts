// The company profile's fact box and the tier table, for the datasets a
// reviewer read them with: a single profiled company showed "Rank 1 of 1",
// and a tier holding one company a "Combined share". A rank is given only
// when it compares a company with others, among the companies that have a
// share; the tier table's header reads right for a tier of any size. Tier
// labels are the renderer's words (src/format/tier-labels.ts), not the
// Model's.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/forecast/index.js';
import { createFormatter } from '../../src/format/index.js';
import { tierLabel } from '../../src/format/tier-labels.js';
import { companyProfileNodes } from '../../src/pdf/blocks/company.js';
import type { RenderContext } from '../../src/pdf/context.js';
import { buildTable } from '../../src/pdf/tables/index.js';
import { NO_FIGURE } from '../../src/pdf/tables/spec.js';
import { createTheme } from '../../src/pdf/theme.js';
import { fullView } from '../../src/pdf/view.js';
import type { Dataset, Model } from '../../src/types.js';
import { defaultDataset } from '../fixtures.js';
import { oneCompanyDataset, oneShareOfTwoDataset } from './datasets.js';

function contextOf(model: Model): RenderContext {
  const fmt = createFormatter(model);
  // The fact box and the tables read the Model, the Formatter, the view and the theme only.
  return { model, fmt, view: fullView(fmt), theme: createTheme(undefined) } as unknown as RenderContext;
}

/** The fact box of one company's profile, label -> value. */
function factsOf(model: Model, name: string): Map<string, string> {
  const [box] = companyProfileNodes(contextOf(model), name) as [{ table: { body: { text: string }[][] } }];
  return new Map(box.table.body.map(([k, v]) => [k!.text, v!.text]));
}

const tiersTable = (model: Model) => buildTable('company-tiers', contextOf(model), {});

describe('the rank in a company profile', () => {
  it('is left out when the dataset profiles a single company', () => {
    const model = buildModel(oneCompanyDataset());
    const facts = factsOf(model, model.companies.list[0]!.name);
    expect(facts.has(`Market share ${model.baseYear}`)).toBe(true);
    expect(facts.has('Rank')).toBe(false);
  });

  it('is left out when only one of the companies has a share to rank by', () => {
    const model = buildModel(oneShareOfTwoDataset());
    for (const c of model.companies.list) expect(factsOf(model, c.name).has('Rank')).toBe(false);
  });

  it('counts every company when all have a share', () => {
    const model = buildModel(defaultDataset());
    const second = model.companies.list[1]!;
    expect(factsOf(model, second.name).get('Rank')).toBe(`2nd of ${model.companies.list.length}`);
  });

  it('counts only the companies with a share when some have none', () => {
    const d = defaultDataset();
    const companies = d.companies.slice(0, 3);
    const { share: _share, ...undisclosed } = companies[2]!;
    const model = buildModel({ ...d, companies: [companies[0]!, companies[1]!, undisclosed] } as Dataset);
    expect(factsOf(model, model.companies.list[0]!.name).get('Rank')).toBe('1st of 2 with a disclosed share');
    expect(factsOf(model, undisclosed.name).has('Rank')).toBe(false);
  });
});

describe('the tier table', () => {
  it('heads the share column without "combined", which a tier of one company is not', () => {
    const model = buildModel(oneCompanyDataset());
    expect(model.companies.tiers.find((t) => t.tier === 1)!.companies).toHaveLength(1);
    const headers = tiersTable(model).columns.map((c) => c.header);
    expect(headers).toEqual(['Tier', 'Companies', `Share ${model.baseYear}`]);
  });
});

describe('tier labels', () => {
  it('are written by the renderer from the tier, in the report\'s percent format', () => {
    const model = buildModel({ ...defaultDataset(), locale: 'de-DE' });
    // A label the Model might carry is not what the PDF prints.
    const stale: Model = { ...model, companies: { ...model.companies, tiers: model.companies.tiers.map((t) => ({ ...t, label: 'stale' })) } };
    const fmt = createFormatter(model);
    expect(tiersTable(stale).rows.map((r) => r[0])).toEqual([1, 2, 3].map((t) => tierLabel(fmt, t as 1 | 2 | 3)));
    expect(tierLabel(fmt, 1)).toBe('Tier 1 (share of 5\u00a0% or more)');
    const leader = stale.companies.list[0]!;
    expect(factsOf(stale, leader.name).get('Tier')).toBe(tierLabel(fmt, leader.tier));
  });
});

describe('the rank in the company share table', () => {
  it('is a dash for a company without a share, as in its profile: a rank is by share', () => {
    const model = buildModel(oneShareOfTwoDataset());
    const table = buildTable('company-share', contextOf(model), {});
    const rows = new Map(table.rows.map((r) => [r[1]!, r[0]!]));
    const [withShare, without] = model.companies.list;
    expect(withShare!.share).toBeDefined();
    expect(without!.share).toBeUndefined();
    expect(rows.get(withShare!.name)).toBe('1');
    expect(rows.get(without!.name)).toBe(NO_FIGURE);
  });
});
