// Figure: market share of the leading companies in the base year, the rest
// of the market as one "Others" bar.
import type { ChartContext } from '../context.js';
import type { ChartFigure } from '../figure.js';
import { chartSpec } from '../spec-base.js';
import { shareBarsBody } from './category-bars.js';
import { shownInFull } from './held-back.js';

/**
 * Companies shown by name: those ranked this high or higher. A longer list
 * stops being readable at A4 width, but the cut never splits a tie: companies
 * whose shares print alike share a rank (src/format/ranking.ts), and all of a
 * tie at the 10th rank get a bar. Cutting before the tie instead would drop a
 * company the ranking table beside the chart puts 10th, and a wide tie could
 * leave almost no company named; a tie adds only a few bars.
 */
export const TOP_COMPANIES = 10;
export const OTHERS_LABEL = 'Others';

export function companyShareFigure(redactable: ChartContext): ChartFigure | undefined {
  // Base-year shares: nothing after the base year to hold back.
  const ctx = shownInFull(redactable);
  const { model, theme } = ctx;
  const withShare = model.companies.list.filter((c) => c.share !== undefined);
  if (withShare.length === 0) return undefined;
  // The list is sorted by share, so the ranked-in companies are its first ones.
  const top = withShare.filter((c) => c.rank! <= TOP_COMPANIES);
  // The rest of the market: the Model's unlisted share plus the listed companies beyond the top N.
  const others = model.companies.othersShare + withShare.slice(top.length).reduce((sum, c) => sum + c.share!, 0);
  // Profiled companies beyond the top N are in that bar too; say so, or a reader
  // compares it with the prose's "not profiled" share and finds two numbers.
  const profiledBeyond = withShare.length - top.length;
  const label = profiledBeyond > 0 ? `${OTHERS_LABEL}, incl. smaller profiled companies` : OTHERS_LABEL;
  // A company may itself be called "Others"; the bar names are the axis domain and must differ.
  const othersName = top.some((c) => c.name === label) ? 'All other companies' : label;
  const bars = [
    ...top.map((c) => ({ name: c.name, value: c.share!, color: theme.palette.brand })),
    ...(others > 0 ? [{ name: othersName, value: others, color: theme.palette.muted }] : []),
  ];
  const spec = chartSpec(ctx, shareBarsBody(ctx, bars));
  return {
    id: 'company-share',
    kind: 'company-share',
    caption: `${model.title} share by company, ${model.baseYear} (%)`,
    spec,
  };
}
