// Company ranking and tiers. Tiers are defined by baseYear market share:
//   Tier 1: share >= 5 %   (market leaders)
//   Tier 2: 2 % <= share < 5 %
//   Tier 3: share < 2 %, or no share published
import type { Formatter } from '../format/index.js';
import type { CompaniesModel, CompanyModel, Dataset, Tier, TierSummary } from '../types.js';

export const TIER_THRESHOLDS = { tier1: 0.05, tier2: 0.02 } as const;

/**
 * "Tier 1 (share of 5% or more)": the thresholds written the way the report
 * writes every other percentage, so a de-DE report reads "5 %" in the labels
 * as in its figures.
 */
export function tierLabels(fmt: Pick<Formatter, 'compactPercent'>): Record<Tier, string> {
  const tier1 = fmt.compactPercent(TIER_THRESHOLDS.tier1);
  const tier2 = fmt.compactPercent(TIER_THRESHOLDS.tier2);
  return {
    1: `Tier 1 (share of ${tier1} or more)`,
    2: `Tier 2 (share of ${tier2} to ${tier1})`,
    3: `Tier 3 (share below ${tier2} or not disclosed)`,
  };
}

export function tierOf(share: number | undefined): Tier {
  if (share === undefined) return 3;
  if (share >= TIER_THRESHOLDS.tier1) return 1;
  if (share >= TIER_THRESHOLDS.tier2) return 2;
  return 3;
}

export function buildCompanies(companies: Dataset['companies'], baseValue: number, fmt: Pick<Formatter, 'compactPercent'>): CompaniesModel {
  const labels = tierLabels(fmt);
  // Stable order: by share descending, companies without a share after, in dataset order.
  const order = companies
    .map((c, index) => ({ c, index }))
    .sort((a, b) => (b.c.share ?? -1) - (a.c.share ?? -1) || a.index - b.index);
  const list: CompanyModel[] = order.map(({ c }, i) => ({
    name: c.name,
    ...(c.share !== undefined ? { share: c.share, value: c.share * baseValue } : {}),
    tier: tierOf(c.share),
    rank: i + 1,
    ...(c.headquarters !== undefined ? { headquarters: c.headquarters } : {}),
    ...(c.founded !== undefined ? { founded: c.founded } : {}),
    ...(c.type !== undefined ? { type: c.type } : {}),
    ...(c.revenue !== undefined ? { revenue: c.revenue } : {}),
    ...(c.description !== undefined ? { description: c.description } : {}),
    offerings: c.offerings ?? [],
    ...(c.website !== undefined ? { website: c.website } : {}),
  }));
  const tiers: TierSummary[] = ([1, 2, 3] as const).map((tier) => {
    const members = list.filter((c) => c.tier === tier);
    return {
      tier,
      label: labels[tier],
      companies: members.map((c) => c.name),
      share: members.reduce((sum, c) => sum + (c.share ?? 0), 0),
    };
  });
  const listedShare = list.reduce((sum, c) => sum + (c.share ?? 0), 0);
  return { list, tiers, listedShare, othersShare: Math.max(0, 1 - listedShare) };
}
