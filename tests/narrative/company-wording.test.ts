// What the report says about its companies, for the datasets reviewers read:
// no company value is explained where no company has a share (733-2, 733-5);
// no sentence opens with a numeral ("6 companies are profiled"); "all" when
// every company has a share, not "18 of them"; a Tier 1 holding every
// company (733-1) is not listed again by name; and a single company is "one"
// in the definition as in the competitive situation (733-3).
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/forecast/index.js';
import { createFormatter } from '../../src/format/index.js';
import { rankWords } from '../../src/format/ranking.js';
import { tierLabel } from '../../src/format/tier-labels.js';
import { boundContext, createNarrative, reportContext } from '../../src/narrative/index.js';
import type { Dataset, Model } from '../../src/types.js';
import { defaultDataset } from '../fixtures.js';
import { noShareDataset, oneCompanyDataset, oneShareOfTwoDataset } from '../pdf/datasets.js';
import { renderedNarrative as report } from './rendered.js';

const VALUE_SENTENCE = /A company's value is its \d{4} share applied to the \d{4} market size\./;

describe('the methodology', () => {
  it('explains a company\'s value only when some company has a share', async () => {
    expect((await report(defaultDataset())).text.methodology).toMatch(VALUE_SENTENCE);
    const { text } = await report(noShareDataset());
    expect(text.methodology).not.toMatch(/company's value/);
  });
});

/** A sentence (or list item) that opens with a numeral: "6 companies are profiled". */
const OPENS_WITH_DIGITS = /(?:^|[.!?]\s+|^-\s|\s-\s)\d/;
const COMPANY_TEMPLATES = ['competitive-situation', 'company-share', 'company-profile', 'definition', 'assumptions', 'findings'];

describe('the competitive situation', () => {
  const d = defaultDataset();

  it.each([
    ['every company with a share', () => d],
    ['no company with a share', () => noShareDataset()],
    ['one share of two', () => oneShareOfTwoDataset()],
    ['one company', () => oneCompanyDataset()],
  ])('opens no sentence with a numeral (%s)', async (_name, dataset) => {
    const { text } = await report(dataset());
    // (A template whose section the dataset drops, such as company-share without shares, reads as empty.)
    for (const t of COMPANY_TEMPLATES) expect(text[t] ?? '', t).not.toMatch(OPENS_WITH_DIGITS);
  });

  it('says "all" when every profiled company has a share, not "18 of them"', async () => {
    const { model, text } = await report(d);
    const n = model.companies.list.length;
    expect(text['competitive-situation']).toContain(`This report profiles ${n} companies, all of which have an estimated share of the ${model.baseYear} market.`);
    expect(text['competitive-situation']).not.toMatch(/\d+ of them/);
  });

  it('counts a large Tier 1 rather than listing it, and does not restate a Tier 1 of every company', async () => {
    // The default's Tier 1: HCA Hospitals, Best Doctors Inc, AXA PPP Healthcare, Cleveland Clinic.
    const { model, text } = await report(d);
    const fmt = createFormatter(model);
    const tier1 = model.companies.tiers.find((t) => t.tier === 1)!;
    expect(tier1.companies).toHaveLength(4);
    expect(text['competitive-situation']).toContain(`The 4 companies in Tier 1 (share of 5% or more) held ${fmt.percent(tier1.share)} of the market between them.`);
    expect(text['competitive-situation']).not.toContain(fmt.list(tier1.companies));

    const all = await report({ ...d, companies: d.companies.filter((c) => c.share! >= 0.06) });
    expect(all.text['competitive-situation']).toContain('Every company profiled is in Tier 1 (share of 5% or more).');
    expect(all.text['competitive-situation']).not.toMatch(/leading group|between them/);
  });

  it('names a small Tier 1 that is not every company', async () => {
    // HCA Hospitals, Best Doctors Inc and AXA PPP Healthcare (Tier 1) and Johns Hopkins Medicine (Tier 2).
    const { model, text } = await report({ ...d, companies: d.companies.filter((c) => c.share! >= 0.06 || c.name === 'Johns Hopkins Medicine') });
    const tier1 = model.companies.tiers.find((t) => t.tier === 1)!;
    const fmt = createFormatter(model);
    expect(tier1.companies).toHaveLength(3);
    expect(text['competitive-situation']).toContain(`${fmt.list(tier1.companies)}, the companies in Tier 1 (share of 5% or more), held ${fmt.percent(tier1.share)} of the market between them.`);
  });

  it('words a single company the same way in the definition and the competitive situation', async () => {
    const { model, text } = await report(oneCompanyDataset());
    const name = model.companies.list[0]!.name;
    expect(text.definition).toContain('one key company is profiled.');
    expect(text['competitive-situation']).toContain(`One company, ${name}, is profiled in this report`);
  });
});

describe('the key findings', () => {
  it('name every company tied for the lead, not the first of them alone', async () => {
    const d = defaultDataset();
    const [first, second] = [...d.companies].sort((a, b) => b.share! - a.share!);
    const tied = { ...d, companies: d.companies.map((c) => (c.name === second!.name ? { ...c, share: first!.share } : c)) };
    const { model, text } = await report(tied);
    const fmt = createFormatter(model);
    const leaders = model.companies.list.filter((c) => c.rank === 1).map((c) => c.name);
    expect(leaders).toHaveLength(2);
    // Companies not profiled hold more than either: they are the largest of the profiled companies, not the market's leaders.
    expect(text.findings).toContain(`${fmt.list(leaders)} are the largest of the profiled companies, with ${fmt.percent(first!.share!)} of the market each;`);
    expect(text.findings).not.toMatch(/\bleads the competitive landscape/);
  });
});


/** The profile prose of one company, as printed under its fact box. */
async function profileOf(dataset: Dataset, company: string): Promise<{ model: Model; text: string }> {
  const model = buildModel(dataset);
  const narrative = await createNarrative({ formatter: createFormatter(model) });
  return { model, text: narrative.text('company-profile', boundContext(reportContext(model), { company })).replace(/\s+/g, ' ').trim() };
}

/** The default dataset with some companies' shares changed, by name. */
function withShares(shares: Record<string, number>): Dataset {
  const d = defaultDataset();
  return { ...d, companies: d.companies.map((c) => (c.name in shares ? { ...c, share: shares[c.name]! } : c)) };
}

describe('the company profile prose', () => {
  it('does not repeat the share, value, rank and tier of the fact box above it', async () => {
    for (const name of ['HCA Hospitals', 'AXA PPP Healthcare', 'Keio University Hospital']) {
      const { model, text } = await profileOf(defaultDataset(), name);
      const fmt = createFormatter(model);
      const c = model.companies.list.find((x) => x.name === name)!;
      expect(text, name).not.toContain(fmt.percent(c.share!));
      expect(text, name).not.toContain(fmt.money(c.value!));
      expect(text, name).not.toContain(rankWords(model.companies.list, c.rank!));
      expect(text, name).not.toContain(tierLabel(fmt, c.tier));
    }
  });

  it('names the companies ranked next to it and the rest of its tier instead', async () => {
    const lead = await profileOf(defaultDataset(), 'HCA Hospitals');
    // Ranks are among the companies profiled: the first "ranks ahead of" the next, it does not "lead the market".
    expect(lead.text).toBe('In 2023, HCA Hospitals ranked ahead of Best Doctors Inc (6.8%). The 4 companies in its tier held 25.6% of the market between them.');
    const { text } = await profileOf(defaultDataset(), 'AXA PPP Healthcare');
    expect(text).toContain('In 2023, AXA PPP Healthcare ranked behind Best Doctors Inc (6.8%) and ahead of Cleveland Clinic (5.5%).');
    const last = await profileOf(defaultDataset(), 'London Pain Clinic');
    expect(last.text).toContain('In 2023, London Pain Clinic ranked behind Medo Asia Sdn. Bhd. (0.7%).');
  });

  it('names the companies level with it, and the tied companies ahead of the next one', async () => {
    // At 1.56% Inova Care prints "1.6%", as Keio University Hospital does: joint 10th.
    const d = withShares({ 'Inova Care': 0.0156 });
    expect((await profileOf(d, 'Keio University Hospital')).text).toContain('ranked behind Mondial Assistance (2.7%), level with Inova Care, and ahead of Toranomon Hospital (1.4%).');
    expect((await profileOf(d, 'Toranomon Hospital')).text).toContain('ranked behind Keio University Hospital and Inova Care (1.6% each) and ahead of Amradnet (1.2%).');
  });

  it('names a joint first level with the other', async () => {
    // At 7.16% Best Doctors Inc prints 7.2%, worth USD 0.35 billion, as HCA Hospitals does.
    const { text } = await profileOf(withShares({ 'Best Doctors Inc': 0.0716 }), 'HCA Hospitals');
    expect(text).toContain('In 2023, HCA Hospitals ranked level with Best Doctors Inc and ahead of AXA PPP Healthcare (6.1%).');
  });

  it('gives the value that tells apart a neighbour whose share prints as its own', async () => {
    // 5.84% and 5.76% both print "5.8%", worth USD 0.29 and 0.28 billion.
    const { text } = await profileOf(withShares({ 'HCA Hospitals': 0.0594, 'Best Doctors Inc': 0.0584, 'AXA PPP Healthcare': 0.0576 }), 'AXA PPP Healthcare');
    expect(text).toContain('ranked behind Best Doctors Inc (5.8%, worth USD 0.29 billion)');
  });

  it('says nothing of a company without a share that its fact box and chapter 2 already say', async () => {
    // The box reads "Market share: Not disclosed" and gives the tier; the
    // competitive situation says once why such companies are not ranked.
    const d = defaultDataset() as any;
    delete d.companies[0].share;
    const { text } = await profileOf(d as Dataset, d.companies[0].name);
    expect(text).toBe('');
    const none = defaultDataset() as any;
    for (const c of none.companies) delete c.share;
    expect((await profileOf(none as Dataset, none.companies[1].name)).text).toBe('');
  });

  it("says the tier's combined share once, in the tier's first profile", async () => {
    const model = buildModel(defaultDataset());
    const tier = model.companies.tiers.find((t) => t.companies.length > 2)!;
    const sentence = /companies (?:with a disclosed share )?in its tier held/;
    const profiles = await Promise.all(tier.companies.map(async (name) => (await profileOf(defaultDataset(), name)).text));
    expect(profiles.filter((t) => sentence.test(t))).toHaveLength(1);
    expect(profiles[0]).toMatch(sentence);
  });

  it('does not say it at all when one tier holds every profiled company', async () => {
    // Every company at 2.5% to 3.4%: all in one tier, which chapter 2 says once.
    const d = defaultDataset() as any;
    d.companies.forEach((c: { share?: number }, i: number) => (c.share = 0.034 - i * 0.0005));
    const model = buildModel(d as Dataset);
    expect(model.companies.tiers.filter((t) => t.companies.length > 0)).toHaveLength(1);
    for (const c of model.companies.list) expect((await profileOf(d as Dataset, c.name)).text, c.name).not.toMatch(/in its tier held/);
  });
});

describe('the leading profiled company', () => {
  /** The default dataset with its leader's share set to `share` (the others' as they are). */
  const leaderAt = (share: number): Dataset => {
    const d = defaultDataset();
    return { ...d, companies: d.companies.map((c) => (c.name === 'HCA Hospitals' ? { ...c, share } : c)) };
  };

  it('is "the largest of the profiled companies", not the market leader, when companies not profiled hold more', async () => {
    // HCA Hospitals 7.2% while companies not profiled hold 45.3%.
    const { model, text } = await report(defaultDataset());
    const fmt = createFormatter(model);
    expect(model.companies.othersShare).toBeGreaterThan(model.companies.list[0]!.share!);
    for (const t of [text['company-share'], text['competitive-situation'], text.findings]) {
      expect(t).not.toMatch(/HCA Hospitals (?:led|leads)\b/);
    }
    expect(text['company-share']).toContain(`HCA Hospitals was the largest of the profiled companies in ${model.baseYear}, with an estimated share of ${fmt.percent(0.072)}`);
    expect(text['competitive-situation']).toContain(`HCA Hospitals was the largest of them, with ${fmt.percent(0.072)}.`);
    expect(text.findings).toContain(`HCA Hospitals is the largest of the profiled companies, with ${fmt.percent(0.072)} of the market;`);
  });

  it('"led the market" where its share is larger than all the companies not profiled hold', async () => {
    const { model, text } = await report(leaderAt(0.5));
    const fmt = createFormatter(model);
    expect(model.companies.othersShare).toBeLessThan(0.5);
    expect(text['company-share']).toContain(`HCA Hospitals led the market in ${model.baseYear} with an estimated share of ${fmt.percent(0.5)}`);
    expect(text['competitive-situation']).toContain(`HCA Hospitals led with ${fmt.percent(0.5)}.`);
    expect(text.findings).toContain(`HCA Hospitals leads the competitive landscape with ${fmt.percent(0.5)} of the market;`);
  });
});
