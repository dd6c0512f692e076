// The bundled report templates word what the numbers say: a shrinking market
// "declines", a segment that shrinks least is not "the fastest-growing", no
// share is claimed where none is known, a shortfall is never "met by other
// regions" that have none to give, a count of one reads in the singular, and
// no sentence ends in "..".
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../src/format/index.js';
import { tierLabel } from '../../src/format/tier-labels.js';
import type { Dataset } from '../../src/types.js';
import { defaultDataset, withRegionalData } from '../fixtures.js';
import {
  allShortRegionalDataset,
  decliningDataset,
  dipDataset,
  noShareDataset,
  oneCompanyDataset,
  oneRegionDataset,
  oneShareOfTwoDataset,
  soleLeaderDataset,
} from '../pdf/datasets.js';
import { spaced } from '../support/spaced.js';
import { renderedNarrative as report } from './rendered.js';

/** A verb of growth followed, in the same clause, by a negative figure: "grow at -3.0%". */
const GROWTH_WITH_NEGATIVE = /\b(grow\w*|grew|add|adds|rise\w*|highest|fastest[- ]growing|grows fastest|grow fastest)\b[^.;:]{0,60}?(?<![\w(])-\d/i;

function mixedDataset(): Dataset {
  const d = defaultDataset() as any;
  // Hospitals, the largest type segment, shrinks while the market grows; the low case declines.
  d.segmentations[0].segments[0].cagr = -0.05;
  d.market.scenarios.low = -0.12;
  delete d.market.published;
  return d as Dataset;
}

describe('a shrinking market', () => {
  it('is worded as a decline, with magnitudes, never "grows at -x%"', async () => {
    const { model, text, all } = await report(decliningDataset());
    const fmt = createFormatter(model);
    const { cagr } = model.market.spans.forecast;
    expect(all).not.toMatch(GROWTH_WITH_NEGATIVE);
    expect(text['market-size']).toContain(`is projected to fall to ${spaced(fmt.money(model.market.milestones.end.value))} by ${model.forecastTo}, declining at a compound annual rate of ${fmt.percent(-cagr)}`);
    expect(text['market-size']).toContain(`expected to lose ${spaced(fmt.money(-model.market.absoluteGrowth))} in annual value`);
    expect(text['market-size']).not.toContain('expected to add');
    const peak = model.market.yoy.reduce((a, b) => (b.growth > a.growth ? b : a));
    expect(text['market-growth']).toContain(`fell least in ${peak.year}, by ${fmt.percent(-peak.growth)}`);
    expect(text['market-growth']).toContain(`implies a decline of ${fmt.percent(-model.market.trend!.rate)} a year`);
    expect(text.outlook).toContain('is forecast to shrink from');
    expect(text['competitive-situation']).toContain(`shrink by ${fmt.percent(-cagr)} a year`);
  });

  it('names the segment that declines least, not the one that "grows fastest"', async () => {
    const { model, text } = await report(decliningDataset());
    const fmt = createFormatter(model);
    for (const s of model.segmentations) {
      const fastest = s.segments.find((x) => x.name === s.fastest)!;
      expect(fastest.cagr).toBeLessThan(0);
      expect(text['segment-summary']).toContain(`${s.fastest} declines least, by ${fmt.percent(-fastest.cagr)} a year`);
      expect(text.findings).toContain(`${s.fastest} declines least (CAGR ${fmt.percent(fastest.cagr)})`);
    }
    expect(text['segment-summary']).not.toMatch(/grow fastest/);
    expect(text['segment-growth']).not.toMatch(/fastest-growing/);
  });

  it('words a one-year fall in a growing market as a fall', async () => {
    const { model, text, all } = await report(dipDataset());
    const fmt = createFormatter(model);
    const low = model.market.yoy.reduce((a, b) => (b.growth < a.growth ? b : a));
    expect(low.growth).toBeLessThan(0);
    expect(text['market-growth']).toContain(`the market fell most in ${low.year}, by ${fmt.percent(-low.growth)}`);
    expect(all).not.toMatch(GROWTH_WITH_NEGATIVE);
  });

  it('words each figure by its own sign when some grow and some shrink', async () => {
    const { model, text, all } = await report(mixedDataset());
    const fmt = createFormatter(model);
    const type = model.segmentations[0]!;
    const largest = type.segments.find((s) => s.name === type.largest)!;
    expect(largest.cagr).toBeLessThan(0);
    expect(text['segment-growth']).toContain(`${type.largest}, the largest segment, shrinks by ${fmt.percent(-largest.cagr)} a year`);
    expect(text.scenarios).toContain(`The low case shrinks by ${fmt.percent(-model.market.scenarios!.low.rate)} a year`);
    expect(text.scenarios).toContain(`the high case grows at ${fmt.percent(model.market.scenarios!.high.rate)} a year`);
    expect(all).not.toMatch(GROWTH_WITH_NEGATIVE);
  });

  it('leaves the growing default market\'s headline as it was', async () => {
    const { model, text } = await report(defaultDataset());
    const fmt = createFormatter(model);
    expect(text['market-size']).toContain(`is projected to reach ${spaced(fmt.money(model.market.milestones.end.value))} by ${model.forecastTo}, growing at a compound annual growth rate (CAGR) of ${fmt.percent(model.market.cagr)}`);
    expect(text['market-size']).toContain('expected to add');
  });
});

describe('companies without shares', () => {
  it('claim no share, no leader and no tier', async () => {
    const { model, text, all } = await report(noShareDataset());
    expect(all).not.toMatch(/\b0 of them\b|\b0 of the\b|100\.0%|remaining 100/);
    expect(all).not.toContain('leads the competitive landscape');
    expect(all).not.toMatch(/Tier 3 \(share below 2% or not disclosed\)/);
    expect(text['competitive-situation']).toContain('Their market shares are not disclosed');
    expect(text.assumptions).toContain(`No market shares are disclosed for the ${model.companies.list.length} companies profiled`);
    // Chapter 2 says it once; the profiles do not repeat it under each fact box.
    expect(text['company-profile'] ?? '').not.toContain('No market share is disclosed for');
  });

  it('tell undisclosed shares apart from small ones when only some are missing', async () => {
    const d = defaultDataset() as any;
    delete d.companies[0].share;
    const { text } = await report(d as Dataset);
    expect(text['company-tiers']).toMatch(/Tier 3 [^:]*: \d+ companies with a combined share of [\d.]+%, and 1 company whose share is not disclosed/);
    // One company's share is missing: "the profiled company", not "profiled companies".
    expect(text['competitive-situation']).toContain('held by the profiled company without a share estimate and by companies outside');
    expect(text.assumptions).not.toContain('companies not profiled hold the remaining');
  });
});

/** The templates about companies (the scenarios' "lies between them" is about the low and high case). */
const companyText = (text: Record<string, string>) =>
  ['assumptions', 'company-share', 'company-tiers', 'competitive-situation', 'company-profile', 'findings'].map((t) => text[t] ?? '').join(' ');

/** A count of one worded as many: "1 companies", "All 1", "1 of them have", "of the 1", "The 1 companies". */
const ONE_AS_MANY = /\b1 (?:key )?(?:companies|segments|regions)\b|\bAll 1\b|\b1 of them have\b|\bof the 1\b|\bthe 1 /i;

describe('a count of one', () => {
  it('words a single profiled company in the singular', async () => {
    const { model, text, all } = await report(oneCompanyDataset());
    const fmt = createFormatter(model);
    const leader = model.companies.list[0]!;
    const tier = model.companies.tiers.find((t) => t.tier === leader.tier)!;
    expect(model.companies.list).toHaveLength(1);
    expect(all).not.toMatch(ONE_AS_MANY);
    expect(companyText(text)).not.toMatch(/between them|together held|leading group/);
    expect(text.definition).toContain('and one key company is profiled.');
    expect(text.assumptions).toContain(`The only company profiled has an estimated share; companies not profiled hold the remaining ${fmt.percent(model.companies.othersShare)} of the market.`);
    expect(text['company-share']).toContain(`It is the only company profiled; the remaining ${fmt.percent(model.companies.othersShare)} is spread across providers not profiled`);
    expect(text['company-tiers']).toContain(`${tierLabel(fmt, tier.tier)}: 1 company with a share of ${fmt.percent(leader.share!)}`);
    expect(text['competitive-situation']).toContain(`One company, ${leader.name}, is profiled in this report; it held an estimated ${fmt.percent(leader.share!)} of the ${model.baseYear} market.`);
    // Under the fact box, the description and the offerings, the prose names the company rather than opening with "It".
    expect(text['company-profile']).toBe(`${leader.name} is the only company profiled, so it is not ranked against others.`);
    expect(text.findings).toContain(`${leader.name} holds ${fmt.percent(leader.share!)} of the market; it is the only company profiled.`);
    expect(text.faq).toContain(`The company profiled in this report is ${leader.name}.`);
  });

  it('words a single company without a share in the singular', async () => {
    const d = oneCompanyDataset() as any;
    delete d.companies[0].share;
    const { text, all } = await report(d as Dataset);
    const name: string = d.companies[0].name;
    expect(all).not.toMatch(ONE_AS_MANY);
    expect(all).not.toMatch(/\b(they|them|their)\b[^.]*\b(ranked|tiers?)\b/i);
    expect(text.assumptions).toContain('No market share is disclosed for the only company profiled, so it is not placed in a tier by share.');
    expect(text['competitive-situation']).toContain(`One company, ${name}, is profiled in this report. Its market share is not disclosed`);
    expect(text.findings).toContain(`One company, ${name}, is profiled; its market share is not disclosed.`);
  });

  it('words one share, and one undisclosed share, among two companies in the singular', async () => {
    const { model, text, all } = await report(oneShareOfTwoDataset());
    const others = createFormatter(model).percent(model.companies.othersShare);
    expect(all).not.toMatch(ONE_AS_MANY);
    expect(companyText(text)).not.toMatch(/between them|together held/);
    expect(text.assumptions).toContain(`Of the 2 companies profiled, one has an estimated share; the remaining ${others} of the market is held by the profiled company without an estimate and by companies not profiled.`);
    expect(text['company-share']).toContain(`It is the only company with an estimated share; the remaining ${others} is spread across the profiled company whose share is not disclosed and providers not profiled`);
    expect(text['competitive-situation']).toContain('This report profiles 2 companies, only one of which has an estimated share');
    expect(text['competitive-situation']).toContain(`The remaining ${others} is held by the profiled company without a share estimate and by companies outside`);
    expect(text['company-tiers']).toContain('not disclosed): 1 company whose share is not disclosed');
    expect(text.findings).toContain('it is the only profiled company with an estimated share.');
    const withShare = model.companies.list.find((c) => c.share !== undefined)!;
    expect(text['company-profile']).toContain(`${withShare.name} is the only profiled company with a disclosed share, so it is not ranked against others.`);
  });

  it('names a leader alone in Tier 1 without "the leading group ... between them"', async () => {
    const { model, text } = await report(soleLeaderDataset());
    const fmt = createFormatter(model);
    const [tier1] = model.companies.tiers;
    const leader = model.companies.list[0]!;
    expect(tier1!.companies).toEqual([leader.name]);
    expect(text['competitive-situation']).toContain(`${leader.name} led with ${fmt.percent(leader.share!)}. It is the only company in ${tierLabel(fmt, tier1!.tier)}.`);
    expect(text['competitive-situation']).not.toMatch(/leading group|between them/);
    expect(text['company-tiers']).toContain(`${tierLabel(fmt, tier1!.tier)}: 1 company with a share of ${fmt.percent(tier1!.share)}`);
  });

  it('keeps the plural for two companies', async () => {
    const d = defaultDataset();
    const { text } = await report({ ...d, companies: d.companies.slice(0, 2) });
    const [a, b] = d.companies;
    expect(text.definition).toContain('and 2 key companies are profiled.');
    expect(text.assumptions).toContain('Every company profiled has an estimated share');
    expect(text.assumptions).not.toContain('All 2');
    expect(text['company-share']).toContain('The 2 companies profiled together held');
    expect(text['competitive-situation']).toContain('This report profiles 2 companies, all of which have an estimated share');
    expect(text['competitive-situation']).toContain('Every company profiled is in Tier 1 (share of 5% or more).');
    expect(text['company-tiers']).toContain('2 companies with a combined share of');
    expect(text['company-profile']).toContain(`In ${d.baseYear}, ${b!.name} ranked behind ${a!.name} (`);
    expect(text.faq).toContain(`The companies profiled in this report are ${a!.name} and ${b!.name}.`);
  });

  it.each([true, false])('words regional data for a single region in the singular (short: %s)', async (short) => {
    const { model, text, all } = await report(oneRegionDataset(short));
    const [region] = model.regional!;
    expect(model.regional).toHaveLength(1);
    expect(all).not.toMatch(/largest (producing|consuming) region|every region covered|these regions|regions covered/);
    expect(text['regional-production']).toContain(`Production data cover ${model.firstYear}–${model.baseYear} for one region, ${region!.region}.`);
    expect(text['regional-consumption']).toContain(`Consumption data cover ${model.firstYear}–${model.baseYear} for one region, ${region!.region}.`);
    expect(text['regional-consumption']).toContain(
      short
        ? `its consumption exceeded its production, so part of it was met by imports from outside the region.`
        : `its production exceeded its consumption, leaving a surplus for markets outside the region.`,
    );
    expect(text['region-balance']).toContain(
      short ? 'It is the only region covered, so the difference is met by imports from outside it.' : 'It is the only region covered, so the surplus is available for export beyond it.',
    );
  });
});

describe('regional balance', () => {
  it('does not send a shortfall to other regions when none has a surplus', async () => {
    const { model, text } = await report(allShortRegionalDataset());
    expect(text['region-balance']).not.toContain('other regions');
    expect((text['region-balance'] ?? '').match(/Consumption exceeds production in every region covered, so the difference is met by imports from outside the regions covered\./g)).toHaveLength(model.regional!.length);
    expect(text['regional-consumption']).toContain('consumption exceeded production in every region covered');
  });

  it('does not offer a surplus to other regions when none is short', async () => {
    const { text } = await report(withRegionalData());
    expect(text['region-balance']).not.toContain('other regions');
    expect(text['region-balance']).toContain('available for export beyond the regions covered');
  });

  it('keeps "other regions" when some region has what another lacks', async () => {
    const d = allShortRegionalDataset() as any;
    const first = Object.keys(d.regionalData.production)[0]!;
    d.regionalData.production[first] = d.regionalData.production[first].map((p: { year: number; value: number }) => ({ ...p, value: p.value + 1 }));
    const { text } = await report(d as Dataset);
    expect(text['region-balance']).toContain('available for other regions');
    expect(text['region-balance']).toContain('met by imports from other regions');
  });
});

describe('sentence ends', () => {
  it('never end in ".." after a name that ends with a full stop', async () => {
    const d = noShareDataset() as any;
    d.publisher.name = 'Meridian Market Insights Ltd.';
    d.segmentations[0].segments.at(-1).name = 'Other Cos.';
    const { all } = await report(d as Dataset);
    expect(all).toContain('Ltd.');
    expect(all).toContain('Other Cos.');
    expect(all).not.toMatch(/(?<!\.)\.\.(?!\.)/);
  });
});

describe('segments that grow alike', () => {
  /** The default dataset with the type segments at the given shares and CAGRs. */
  const typed = (segments: { share: number; cagr: number }[], base: Dataset = defaultDataset()): Dataset => {
    const d = structuredClone(base) as any;
    const names = ['Alpha', 'Beta', 'Gamma'];
    d.segmentations[0].segments = segments.map((s, i) => ({ name: names[i], ...s }));
    return d as Dataset;
  };

  it('says no segment gains share only when no printed share moves', async () => {
    // Every CAGR prints 14.8%, yet Alpha's share prints 50.0% and then 50.2%.
    const moving = await report(typed([{ share: 0.5, cagr: 0.1484 }, { share: 0.3, cagr: 0.1476 }, { share: 0.2, cagr: 0.148 }]));
    expect(moving.all).not.toContain('no segment gains share');
    // All three print alike: none grows "fastest" (see all-tied.test.ts).
    expect(moving.all).toMatch(/Every segment by type grows at the market's own rate, a CAGR of [\d.]+% over/);
    expect(moving.all).not.toContain('Alpha, Beta, and Gamma grow fastest by type');
    const even = await report(typed([{ share: 0.5, cagr: 0.148 }, { share: 0.3, cagr: 0.148 }, { share: 0.2, cagr: 0.148 }]));
    expect(even.all).toContain("Every segment by type grows at the market's own rate");
    expect(even.all).toContain('so no segment gains share: Alpha remains the largest');
  });

  it('names tied leaders in a sentence of their own, beside the largest', async () => {
    const { all } = await report(typed([{ share: 0.5, cagr: 0.2 }, { share: 0.3, cagr: 0.2 }, { share: 0.2, cagr: 0.05 }]));
    // Reconciled to the market, both rates move alike: they stay tied.
    expect(all).toMatch(/Alpha is the largest segment \(50\.0% in 2023\); Alpha and Beta grow fastest \(CAGR [\d.]+% each\)\./);
    expect(all).not.toMatch(/and Alpha and Beta/);
    const falling = await report(typed([{ share: 0.5, cagr: -0.02 }, { share: 0.3, cagr: -0.02 }, { share: 0.2, cagr: -0.09 }], decliningDataset()));
    expect(falling.all).toMatch(/Alpha and Beta decline least, each by [\d.]+% a year\./);
    expect(falling.all).not.toMatch(/each, by/);
  });

  it('names a segment that is both the largest and the fastest-growing once in the FAQ, as Key Findings do', async () => {
    // The FAQ said "Alpha is the largest (50.0% in 2023); Alpha grows fastest (CAGR ...)".
    const { model, text } = await report(typed([{ share: 0.5, cagr: 0.2 }, { share: 0.3, cagr: 0.1 }, { share: 0.2, cagr: 0.05 }]));
    const fmt = createFormatter(model);
    const alpha = model.segmentations[0]!.segments[0]!;
    const both = `Alpha is both the largest segment (${fmt.percent(0.5)} in ${model.baseYear}) and the fastest-growing (CAGR ${fmt.percent(alpha.cagr)})`;
    expect(text.findings).toContain(`By type, ${both}.`);
    expect(text.faq).toContain(`By type: ${both}.`);
    expect(text.faq).not.toContain('Alpha grows fastest');
  });

  it('names a segment that is both the largest and the one that declines least once in the FAQ', async () => {
    const { model, text } = await report(typed([{ share: 0.5, cagr: -0.01 }, { share: 0.3, cagr: -0.03 }, { share: 0.2, cagr: -0.09 }], decliningDataset()));
    const fmt = createFormatter(model);
    const alpha = model.segmentations[0]!.segments[0]!;
    const both = `Alpha is both the largest segment (${fmt.percent(0.5)} in ${model.baseYear}) and the one that declines least (CAGR ${fmt.percent(alpha.cagr)})`;
    expect(text.findings).toContain(`By type, every segment shrinks: ${both}.`);
    expect(text.faq).toContain(`By type: every segment shrinks, and ${both}.`);
    expect(text.faq).not.toContain('Alpha declines least');
  });
});

describe('segments tied for the largest', () => {
  /** The default dataset with the type segments Alpha, Beta and Gamma at the given shares and CAGRs. */
  const typed = (segments: { share: number; cagr: number }[]): Dataset => {
    const d = defaultDataset() as any;
    d.segmentations[0].segments = segments.map((s, i) => ({ name: ['Alpha', 'Beta', 'Gamma'][i], ...s }));
    return d as Dataset;
  };
  // 40.04% and 39.96%: both print 40.0% (and the same value); Alpha, listed first, also grows fastest.
  const tied = typed([{ share: 0.4004, cagr: 0.12 }, { share: 0.3996, cagr: 0.05 }, { share: 0.2, cagr: 0.08 }]);
  /** A sentence that makes one segment alone the largest. */
  const crowns = (name: string) => new RegExp(`${name},? (?:is|was|remains) (?:both )?the largest|${name}, the largest segment`);

  it('names every segment whose share prints as the largest\'s, in the plural', async () => {
    const { model, text, all } = await report(tied);
    const fmt = createFormatter(model);
    const share = fmt.percent(0.4);
    const [alpha, beta] = model.segmentations[0]!.segments;
    expect(all).not.toMatch(crowns('Alpha'));
    expect(all).not.toMatch(crowns('Beta'));
    expect(text['segment-overview']).toContain(`In ${model.baseYear}, Alpha and Beta were the largest, each with ${share} of the market (`);
    expect(text['segment-summary']).toContain(`Alpha and Beta were the largest in ${model.baseYear}, each with ${share} of the market`);
    expect(text.findings).toContain(`By type, Alpha and Beta are the largest segments (${share} each in ${model.baseYear}) and Alpha the fastest-growing`);
    expect(text.faq).toContain(`By type: Alpha and Beta are the largest (${share} each in ${model.baseYear});`);
    expect(text['segment-growth']).toContain(
      `Alpha and Beta are the largest segments, each with ${share} of the market in ${model.baseYear}: ` +
        `Alpha grows at ${fmt.percent(alpha!.cagr)} a year, and its share moves from ${share} to ${fmt.percent(alpha!.endShare)}; ` +
        `Beta grows at ${fmt.percent(beta!.cagr)} a year, and its share moves from ${share} to ${fmt.percent(beta!.endShare)}.`,
    );
    // The other segmentations keep their one largest segment, in the singular.
    expect(text['segment-overview']).toMatch(/In \d{4}, Cancer was the largest, with/);
  });

  it('names them all in the sample too', async () => {
    const { model, text, all } = await report(tied, { sample: true });
    const share = createFormatter(model).percent(0.4);
    expect(all).not.toMatch(crowns('Alpha'));
    expect(text['segment-summary']).toContain(`Alpha and Beta were the largest in ${model.baseYear}, each with ${share} of the market`);
    expect(text.findings).toContain(`By type, Alpha and Beta are the largest segments (${share} each in ${model.baseYear}); the growth ranking is in the full report.`);
  });

  it('remain the largest together when every segment grows alike', async () => {
    const { model, text } = await report(typed([{ share: 0.4, cagr: 0.1 }, { share: 0.4, cagr: 0.1 }, { share: 0.2, cagr: 0.1 }]));
    const share = createFormatter(model).percent(0.4);
    expect(text['segment-growth']).toContain(`so no segment gains share: Alpha and Beta remain the largest, each with ${share} of the market.`);
    expect(text.findings).toContain(`By type, Alpha and Beta are the largest segments (${share} each in ${model.baseYear}), and every segment grows at the market's own rate`);
  });

  it('crowns one segment when the shares print apart', async () => {
    const { all } = await report(typed([{ share: 0.41, cagr: 0.12 }, { share: 0.39, cagr: 0.05 }, { share: 0.2, cagr: 0.08 }]));
    expect(all).toMatch(/In \d{4}, Alpha was the largest, with/);
    expect(all).toContain('Alpha is both the largest and the fastest-growing segment by type');
    expect(all).not.toMatch(/Alpha and Beta (?:are|were|remain) the largest/);
  });

  it('names every region that produces the most as printed', async () => {
    const d = withRegionalData() as any;
    const names = Object.keys(d.regionalData.production);
    const [first, last] = [names[0]!, names[names.length - 1]!];
    d.regionalData.production[first] = structuredClone(d.regionalData.production[last]);
    const { model, text } = await report(d as Dataset);
    expect(text['regional-production']).toContain(`In ${model.baseYear}, ${first} and ${last} were the largest producing regions.`);
    expect(text['regional-consumption']).toContain(`In ${model.baseYear}, ${last} was the largest consuming region.`);
  });
});
