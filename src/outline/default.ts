// The default report outline, after the 11-chapter table of contents in
// ../shared/docs/seed-facts.md. Seed chapters 6 and 7 (segment by type, by
// application) are one definition repeated per segmentation, so a dataset with
// a region or any other segmentation gets its chapter too.
//
// Seed items that the data contract has no data for are not listed, rather than
// listed and always dropped: average price by company, mergers and
// acquisitions, and chapter 9's sales channels and customers (the value chain,
// which the seed also places in the outlook, is there). Items whose data a
// dataset may or may not have (regional production and consumption, prices by
// segment, scenarios, countries) are listed with their requirement and dropped
// by resolveOutline when the data is absent.
import type { OutlineDefinition } from './types.js';

export function defaultOutline(): OutlineDefinition {
  return {
    version: 1,
    chapters: [
      {
        id: 'overview',
        title: 'Market Overview',
        sections: [
          { id: 'definition', title: 'Market Definition', blocks: [{ kind: 'narrative', template: 'definition' }] },
          {
            id: 'size',
            title: 'Global Market Size, {firstYear}–{forecastTo}',
            blocks: [
              { kind: 'narrative', template: 'market-size' },
              { kind: 'chart', chart: 'market-size' },
              { kind: 'table', table: 'market-size', caption: 'Global market size and year-over-year growth, {firstYear}–{forecastTo}' },
            ],
          },
          {
            id: 'growth',
            title: 'Global Growth Prospects',
            blocks: [
              { kind: 'narrative', template: 'market-growth' },
              { kind: 'chart', chart: 'market-growth' },
            ],
          },
          {
            id: 'scenarios',
            title: 'Forecast Scenarios',
            requires: ['scenarios'],
            blocks: [
              { kind: 'narrative', template: 'scenarios' },
              { kind: 'chart', chart: 'scenarios' },
              { kind: 'table', table: 'scenarios', caption: 'Low, base and high forecast cases, {baseYear}–{forecastTo}' },
            ],
          },
          {
            id: 'segment-summary',
            title: 'Segment by {segmentation}',
            repeat: 'segmentation',
            blocks: [
              { kind: 'narrative', template: 'segment-summary' },
              { kind: 'table', table: 'segment-comparison', caption: '{segmentation} segments: {firstYear} vs {baseYear} vs {forecastTo}' },
            ],
          },
          { id: 'assumptions', title: 'Assumptions and Limitations', blocks: [{ kind: 'narrative', template: 'assumptions' }] },
        ],
      },
      {
        id: 'competition',
        title: 'Market Competition by Company',
        sections: [
          {
            id: 'share',
            title: 'Market Share and Ranking by Company',
            requires: ['company-shares'],
            blocks: [
              { kind: 'narrative', template: 'company-share' },
              { kind: 'chart', chart: 'company-share' },
              { kind: 'table', table: 'company-share', caption: 'Ranking and market share of key companies, {baseYear}' },
            ],
          },
          {
            id: 'tiers',
            title: 'Market Share by Company Tier',
            requires: ['company-shares'],
            blocks: [
              { kind: 'narrative', template: 'company-tiers' },
              { kind: 'table', table: 'company-tiers', caption: 'Companies and market share by tier, {baseYear}' },
            ],
          },
          {
            id: 'directory',
            title: 'Headquarters, Founding Year and Offerings',
            blocks: [{ kind: 'table', table: 'company-directory', caption: 'Key companies: headquarters, founding year, type and offerings' }],
          },
          { id: 'situation', title: 'Competitive Situation and Trends', blocks: [{ kind: 'narrative', template: 'competitive-situation' }] },
        ],
      },
      {
        id: 'production',
        title: 'Production by Region',
        requires: ['regional'],
        sections: [
          {
            id: 'values',
            title: 'Production Value by Region',
            blocks: [
              { kind: 'narrative', template: 'regional-production' },
              { kind: 'chart', chart: 'regional-production' },
              { kind: 'table', table: 'regional-production', caption: 'Production value by region and year' },
            ],
          },
        ],
      },
      {
        id: 'consumption',
        title: 'Consumption by Region',
        requires: ['regional'],
        sections: [
          {
            id: 'values',
            title: 'Consumption Value by Region',
            blocks: [
              { kind: 'narrative', template: 'regional-consumption' },
              { kind: 'chart', chart: 'regional-consumption' },
              { kind: 'table', table: 'regional-consumption', caption: 'Consumption value by region and year' },
            ],
          },
          {
            id: 'balance',
            title: 'Production and Consumption Balance',
            blocks: [
              { kind: 'chart', chart: 'regional-balance' },
              { kind: 'table', table: 'regional-balance', caption: 'Production minus consumption by region and year' },
            ],
          },
          { id: 'region', title: '{region}', repeat: 'region', blocks: [{ kind: 'narrative', template: 'region-balance' }] },
        ],
      },
      {
        id: 'outlook',
        title: 'Market Outlook',
        sections: [
          { id: 'dynamics', title: 'Overview and Market Dynamics', blocks: [{ kind: 'narrative', template: 'outlook' }] },
          { id: 'drivers', title: 'Drivers', blocks: [{ kind: 'list', list: 'drivers' }] },
          { id: 'restraints', title: 'Restraints', blocks: [{ kind: 'list', list: 'restraints' }] },
          { id: 'opportunities', title: 'Opportunities', blocks: [{ kind: 'list', list: 'opportunities' }] },
          { id: 'trends', title: 'Trends', blocks: [{ kind: 'list', list: 'trends' }] },
          { id: 'challenges', title: 'Challenges', blocks: [{ kind: 'list', list: 'challenges' }] },
          { id: 'porter', title: "Porter's Five Forces", blocks: [{ kind: 'list', list: 'porter' }] },
          { id: 'value-chain', title: 'Value Chain', blocks: [{ kind: 'list', list: 'value-chain' }] },
        ],
      },
      {
        id: 'segment',
        title: 'Segment by {segmentation}',
        repeat: 'segmentation',
        sections: [
          {
            id: 'overview',
            title: '{segmentation} Segments at a Glance',
            blocks: [
              { kind: 'narrative', template: 'segment-overview' },
              { kind: 'chart', chart: 'segment-share-{segmentation}' },
            ],
          },
          {
            id: 'values',
            title: 'Value by {segmentation}, {firstYear}–{forecastTo}',
            blocks: [
              { kind: 'chart', chart: 'segment-value-{segmentation}' },
              { kind: 'table', table: 'segment-values', caption: '{segmentation} segments: market value by year, {firstYear}–{forecastTo}' },
            ],
          },
          {
            id: 'shares',
            title: 'Share by {segmentation}',
            blocks: [{ kind: 'table', table: 'segment-shares', caption: '{segmentation} segments: share of the market by year, {firstYear}–{forecastTo}' }],
          },
          {
            id: 'growth',
            title: 'Growth by {segmentation}',
            blocks: [
              { kind: 'narrative', template: 'segment-growth' },
              { kind: 'chart', chart: 'segment-cagr-{segmentation}' },
            ],
          },
          {
            id: 'countries',
            title: 'Countries Covered',
            blocks: [{ kind: 'table', table: 'segment-countries', caption: '{segmentation} segments: countries covered' }],
          },
          {
            id: 'prices',
            title: 'Average Price by {segmentation}',
            requires: ['average-price'],
            blocks: [
              { kind: 'narrative', template: 'segment-prices' },
              { kind: 'table', table: 'segment-prices', caption: '{segmentation} segments: average price by year' },
            ],
          },
        ],
      },
      {
        id: 'companies',
        title: 'Key Companies Profiled',
        sections: [
          {
            id: 'profile',
            title: '{company}',
            repeat: 'company',
            blocks: [{ kind: 'company-profile' }, { kind: 'narrative', template: 'company-profile' }],
          },
        ],
      },
      {
        id: 'findings',
        title: 'Research Findings and Conclusion',
        sections: [
          { id: 'findings', title: 'Key Findings', blocks: [{ kind: 'narrative', template: 'findings' }] },
          {
            id: 'faq',
            title: 'Frequently Asked Questions',
            blocks: [
              { kind: 'narrative', template: 'faq' },
              { kind: 'list', list: 'dataset-faq' },
            ],
          },
        ],
      },
      {
        id: 'methodology',
        title: 'Methodology and Data Source',
        sections: [
          { id: 'approach', title: 'Research Approach', blocks: [{ kind: 'narrative', template: 'methodology' }] },
          {
            id: 'published',
            title: 'Published Figures Cross-Check',
            requires: ['published-figures'],
            blocks: [
              { kind: 'narrative', template: 'published-check' },
              { kind: 'table', table: 'published-check', caption: 'Published figures against the computed series' },
            ],
          },
          { id: 'sources', title: 'Data Sources', blocks: [{ kind: 'list', list: 'sources' }] },
          { id: 'about', title: 'About the Publisher', requires: ['publisher-about'], blocks: [{ kind: 'narrative', template: 'about' }] },
        ],
      },
    ],
  };
}
