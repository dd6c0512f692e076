// Company ranking and tiers (the tiers themselves: ./tiers.ts).
import { shareRanks } from '../format/ranking.js';
import { printedPercent, printedSum, printedValue } from '../format/rounding.js';
import type { CompaniesModel, CompanyModel, Dataset, DisplayPolicy, TierSummary } from '../types.js';
import { tierOf } from './tiers.js';

export { TIER_THRESHOLDS, tierOf } from './tiers.js';

/**
 * Ranks and tiers; what a tier is called is the renderers' (src/format/tier-labels.ts).
 * Ranks and tiers go by the figures as `display` prints them, so two companies
 * the reader sees at "3.1%" worth the same share a rank, and one at "5.0%" is
 * in Tier 1.
 */
export function buildCompanies(companies: Dataset['companies'], baseValue: number, display: DisplayPolicy): CompaniesModel {
  // Stable order: by share descending, companies without a share after, in dataset order.
  const order = companies
    .map((c, index) => ({ c, index }))
    .sort((a, b) => (b.c.share ?? -1) - (a.c.share ?? -1) || a.index - b.index);
  const printed = { roundPercent: (r: number) => printedPercent(r, display), roundValue: (v: number) => printedValue(v, display) };
  const ranks = shareRanks(printed, order.map(({ c }) => (c.share === undefined ? undefined : { share: c.share, value: c.share * baseValue })));
  const list: CompanyModel[] = order.map(({ c }, i) => ({
    name: c.name,
    ...(c.share !== undefined ? { share: c.share, value: c.share * baseValue, rank: ranks[i]! } : {}),
    // By the share as printed: 4.996% prints "5.0%" and must not sit in a tier "under 5%".
    tier: tierOf(c.share === undefined ? undefined : printed.roundPercent(c.share)),
    ...(c.headquarters !== undefined ? { headquarters: c.headquarters } : {}),
    ...(c.founded !== undefined ? { founded: c.founded } : {}),
    ...(c.type !== undefined ? { type: c.type } : {}),
    ...(c.revenue !== undefined ? { revenue: c.revenue } : {}),
    ...(c.description !== undefined ? { description: c.description } : {}),
    offerings: c.offerings ?? [],
    ...(c.website !== undefined ? { website: c.website } : {}),
  }));
  // Totals are printed beside the members' printed shares, so they are the sum
  // of those (printedSum): "5.2% each ... held 15.6% between them", not the
  // exact 15.48%'s "15.5%". The rest of the market is what the listed total
  // leaves of 100%, so the table of shares and the rest adds up as printed.
  const sharesOf = (members: readonly CompanyModel[]) => printedSum(members.flatMap((c) => (c.share === undefined ? [] : [c.share])), display);
  const tiers: TierSummary[] = ([1, 2, 3] as const).map((tier) => {
    const members = list.filter((c) => c.tier === tier);
    return { tier, companies: members.map((c) => c.name), share: sharesOf(members) };
  });
  const listedShare = sharesOf(list);
  return { list, tiers, listedShare, othersShare: Math.max(0, printedPercent(1 - listedShare, display)) };
}
