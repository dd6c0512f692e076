// Which sheets the workbook has, in order, with their names and what the
// Contents sheet says about each. A sheet whose data is absent is not
// planned at all (no empty regional sheets for a market without them).
import { lowerCaseTitle } from '../format/titles.js';
import type { Model } from '../types.js';
import { uniqueSheetName } from './cells.js';
import { companiesSheetDescription } from './sheets/companies.js';
import type { ChartImage } from './context.js';

export type SheetKind = 'contents' | 'summary' | 'market' | 'segmentation' | 'companies' | 'production' | 'consumption' | 'price' | 'figures';

export interface PlannedSheet {
  readonly kind: SheetKind;
  readonly name: string;
  readonly description: string;
  /** The segmentation id, for kind "segmentation". */
  readonly segmentationId?: string;
}

export interface SheetPlan {
  readonly sheets: readonly PlannedSheet[];
  readonly contents: string;
  readonly summary: string;
  readonly market: string;
  readonly companies: string;
  /** Segmentation id -> sheet name. */
  readonly segmentations: ReadonlyMap<string, string>;
  readonly production?: string;
  readonly consumption?: string;
  readonly price?: string;
  /** Catch-all for chart pictures no table claims. */
  readonly figures?: string;
}

export function planSheets(model: Model, images: readonly ChartImage[]): SheetPlan {
  const taken = new Set<string>();
  const sheets: PlannedSheet[] = [];
  const add = (kind: SheetKind, wanted: string, description: string, segmentationId?: string): string => {
    const name = uniqueSheetName(wanted, taken);
    taken.add(name);
    sheets.push({ kind, name, description, ...(segmentationId ? { segmentationId } : {}) });
    return name;
  };
  const span = `${model.firstYear}–${model.forecastTo}`;
  const contents = add('contents', 'Contents', 'This list');
  const summary = add('summary', 'Summary', 'Headline figures: market size, growth rates, largest and fastest-growing segments');
  const market = add('market', 'Market size', `Market size ${span}, actual and forecast, year-over-year growth, CAGR${model.market.scenarios ? ', scenarios' : ''}`);
  const segmentations = new Map<string, string>();
  for (const seg of model.segmentations) {
    const name = add('segmentation', `By ${seg.title}`, `Market by ${lowerCaseTitle(seg.title)} ${span}: value, total, share of market, CAGR`, seg.id);
    segmentations.set(seg.id, name);
  }
  const companies = add('companies', 'Companies', companiesSheetDescription(model));
  const regional = model.regional && model.regional.length > 0;
  const production = regional ? add('production', 'Production by region', 'Production by region, by year') : undefined;
  const consumption = regional ? add('consumption', 'Consumption by region', 'Consumption by region, by year, and the net balance') : undefined;
  const hasPrice = Object.keys(model.dataset.regionalData?.averagePrice ?? {}).length > 0;
  const price = hasPrice ? add('price', 'Average price', 'Average price by segment, by year') : undefined;
  const plan = { contents, summary, market, companies, segmentations, production, consumption, price };
  const orphans = images.some((img) => routeImage(img.id, plan) === undefined);
  const figures = orphans ? add('figures', 'Charts', 'Further charts of the report') : undefined;
  return { sheets, ...plan, figures };
}

type Routable = Pick<SheetPlan, 'market' | 'companies' | 'segmentations' | 'production' | 'consumption'>;

/**
 * The sheet whose table a report chart shows, from the chart's id:
 * market-* and scenarios on the market sheet, segment-*-<segmentation id> on
 * that segmentation's sheet, company-* on Companies, production/consumption
 * charts on the regional sheets (the balance chart with the balance table, on
 * the consumption sheet). Undefined when no table claims it.
 */
export function routeImage(id: string, plan: Routable): string | undefined {
  if (id.startsWith('market-') || id === 'scenarios') return plan.market;
  if (id.startsWith('compan')) return plan.companies;
  if (id.startsWith('segment-')) {
    // Longest matching id wins, so "region" does not capture "sub-region".
    const match = [...plan.segmentations.keys()].filter((segId) => id.endsWith(`-${segId}`)).sort((a, b) => b.length - a.length)[0];
    return match === undefined ? undefined : plan.segmentations.get(match);
  }
  // Production beside consumption per region: the report shows it with the
  // net balance table, which the Consumption sheet holds.
  if (id === 'regional-balance') return plan.consumption;
  if (id.includes('production')) return plan.production;
  if (id.includes('consumption')) return plan.consumption;
  return undefined;
}
