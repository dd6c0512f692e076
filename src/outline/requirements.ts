// Which data a block needs, and whether the Model has it. A block whose data is
// absent is dropped; a section left without blocks is dropped; so is a chapter
// left without sections. That is how "Production by Region" disappears from a
// services market instead of being printed empty.
import type { Model } from '../types.js';
import type { BlockDefinition, Binding, Requirement } from './types.js';

const nonEmpty = (list: readonly unknown[] | undefined) => (list?.length ?? 0) > 0;

export function meets(model: Model, requirement: Requirement, binding: Binding): boolean {
  const { dataset } = model;
  const narrative = dataset.narrative;
  switch (requirement) {
    case 'regional':
      return nonEmpty(model.regional);
    case 'average-price': {
      const prices = dataset.regionalData?.averagePrice;
      if (!prices) return false;
      const seg = model.segmentations.find((s) => s.id === binding.segmentationId);
      const names = Object.keys(prices);
      return seg ? seg.segments.some((s) => names.includes(s.name)) : names.length > 0;
    }
    case 'scenarios':
      return model.market.scenarios !== undefined;
    case 'company-shares':
      return model.companies.list.some((c) => c.share !== undefined);
    case 'company-details':
      return model.companies.list.some(
        (c) => c.headquarters !== undefined || c.founded !== undefined || c.type !== undefined || c.offerings.length > 0,
      );
    case 'published-figures':
      return model.market.published.length > 0;
    case 'countries': {
      const seg = model.segmentations.find((s) => s.id === binding.segmentationId);
      return seg !== undefined && seg.segments.some((s) => s.countries.length > 0);
    }
    case 'drivers':
    case 'restraints':
    case 'opportunities':
    case 'trends':
    case 'challenges':
      return nonEmpty(narrative[requirement]);
    case 'porter':
      return narrative.porter !== undefined;
    case 'value-chain':
      return nonEmpty(narrative.valueChain);
    case 'dataset-faq':
      return nonEmpty(narrative.faq);
    case 'publisher-about':
      return (dataset.publisher.about ?? '').trim() !== '';
  }
}

/** The data a block needs by its nature, on top of what its section declares. */
export function blockRequirements(block: BlockDefinition): readonly Requirement[] {
  switch (block.kind) {
    case 'narrative':
    case 'company-profile':
      return [];
    case 'list':
      return block.list === 'sources' ? [] : [block.list];
    case 'table':
      return TABLE_REQUIREMENTS[block.table] ?? [];
    case 'chart':
      return chartRequirements(block.chart);
  }
}

const TABLE_REQUIREMENTS: Partial<Record<string, readonly Requirement[]>> = {
  scenarios: ['scenarios'],
  'published-check': ['published-figures'],
  'segment-countries': ['countries'],
  'segment-prices': ['average-price'],
  'company-share': ['company-shares'],
  'company-tiers': ['company-shares'],
  'company-directory': ['company-details'],
  'regional-production': ['regional'],
  'regional-consumption': ['regional'],
  'regional-balance': ['regional'],
};

function chartRequirements(chart: string): readonly Requirement[] {
  if (chart === 'scenarios') return ['scenarios'];
  if (chart === 'company-share') return ['company-shares'];
  if (chart.startsWith('regional')) return ['regional'];
  return [];
}

/** What a block must be bound to: segment tables need a segmentation, profiles a company. */
export function blockNeeds(block: BlockDefinition): keyof Binding | undefined {
  if (block.kind === 'company-profile') return 'company';
  if (block.kind === 'table' && block.table.startsWith('segment-')) return 'segmentationId';
  if (block.kind === 'chart' && block.chart.includes('{segmentation}')) return 'segmentationId';
  return undefined;
}
