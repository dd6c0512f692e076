// Table id (from the outline) -> table builder.
import type { Binding, TableId } from '../../outline/types.js';
import type { RenderContext } from '../context.js';
import { companyDirectoryTable, companyShareTable, companyTiersTable } from './companies.js';
import { marketSizeTable, publishedCheckTable, scenariosTable } from './market.js';
import { regionalBalanceTable, regionalConsumptionTable, regionalProductionTable } from './regional.js';
import {
  segmentComparisonTable,
  segmentCountriesTable,
  segmentPricesTable,
  segmentSharesTable,
  segmentValuesTable,
} from './segments.js';
import type { TableSpec } from './spec.js';

const BUILDERS: Record<TableId, (ctx: RenderContext, binding: Binding) => TableSpec> = {
  'market-size': marketSizeTable,
  scenarios: scenariosTable,
  'published-check': publishedCheckTable,
  'segment-comparison': segmentComparisonTable,
  'segment-values': segmentValuesTable,
  'segment-shares': segmentSharesTable,
  'segment-countries': segmentCountriesTable,
  'segment-prices': segmentPricesTable,
  'company-share': companyShareTable,
  'company-tiers': companyTiersTable,
  'company-directory': companyDirectoryTable,
  'regional-production': regionalProductionTable,
  'regional-consumption': regionalConsumptionTable,
  'regional-balance': regionalBalanceTable,
};

export function buildTable(id: TableId, ctx: RenderContext, binding: Binding): TableSpec {
  return BUILDERS[id](ctx, binding);
}

export { tableNode, captionNode, type TableSpec, type Column } from './spec.js';
