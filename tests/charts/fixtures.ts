// Models the chart tests draw: the default dataset, the default dataset plus
// regional data, and a synthetic one built to stress the layout (long names,
// 14 segments, 24 years, a negative year, regional data, another locale and
// brand colour, no scenarios).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModel } from '../../src/forecast/index.js';
import { validateDataset } from '../../src/load/index.js';
import type { Dataset, Model } from '../../src/types.js';
import { generateDataset } from '../../scripts/generate-catalogue.mjs';
import { withRegionalData } from '../fixtures.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_DATASET = path.join(ROOT, 'data/medical-second-opinion.json');

function modelOf(json: unknown, file: string): Model {
  const result = validateDataset(json, file);
  if (!result.value) throw new Error(`fixture ${file} is invalid: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return buildModel(result.value);
}

export function defaultDatasetJson(): Record<string, unknown> {
  return JSON.parse(readFileSync(DEFAULT_DATASET, 'utf8')) as Record<string, unknown>;
}

export function defaultModel(): Model {
  return modelOf(defaultDatasetJson(), DEFAULT_DATASET);
}

const LONG_SEGMENTS = [
  'Remote Specialist Case Review for Rare Paediatric Conditions',
  'Oncology Tumour Board Second Opinions',
  'Cardiology',
  'Radiology and Diagnostic Imaging Over-reads',
  'Pathology Slide Re-examination',
  'Orthopaedic Surgery Necessity Reviews',
  'Neurology',
  'Mental Health and Psychiatric Evaluation Services',
  'Dermatology',
  'Ophthalmology',
  'Employer-sponsored Expert Medical Opinion Programmes',
  'Insurer Utilisation Review',
  // One word longer than a label line: it must break, not squeeze the plot.
  'Transplantationseignungsbegutachtungsdienstleistungszentrumsverwaltungsgesellschaften',
  'Others',
];

export function stressDatasetJson(): Record<string, unknown> {
  const base = defaultDatasetJson() as Dataset & Record<string, unknown>;
  const history = [];
  let value = 820;
  for (let year = 2012; year <= 2023; year++) {
    history.push({ year, value: Math.round(value * 10) / 10 });
    value *= year === 2019 ? 0.88 : 1.07;
  }
  const shareEach = 1 / LONG_SEGMENTS.length;
  const shares = LONG_SEGMENTS.map((_, i) => (i < LONG_SEGMENTS.length - 1 ? Math.round(shareEach * 1000) / 1000 : 0));
  shares[shares.length - 1] = Math.round((1 - shares.reduce((a, b) => a + b, 0)) * 1000) / 1000;
  // A region whose name holds a word longer than a label line.
  const longRegion = 'Afrikanische Wirtschaftsgemeinschaftsmitgliedsstaaten';
  // The default segments' rates, 1.4 points slower, and the service rates below agree with this market's
  // 8.2 % a year (validation rejects rates that, weighted by their shares, imply another market growth).
  const slower = (r: Dataset['segmentations'][number]['segments'][number]) => (r.cagr === undefined ? r : { ...r, cagr: Math.round((r.cagr - 0.014) * 1000) / 1000 });
  const segmentations = base.segmentations.map((s) => ({
    ...s,
    segments: s.segments.map(slower).map((r) => (s.kind === 'region' && r.name === 'Middle East and Africa' ? { ...r, name: longRegion } : r)),
  }));
  const regions = segmentations.find((s) => s.kind === 'region')!;
  const regionalYears = history.map((h) => h.year);
  const production: Record<string, { year: number; value: number }[]> = {};
  const consumption: Record<string, { year: number; value: number }[]> = {};
  regions.segments.forEach((s, i) => {
    production[s.name] = regionalYears.map((year, k) => ({ year, value: 40 + 30 * i + 2 * k }));
    consumption[s.name] = regionalYears.map((year, k) => ({ year, value: 150 - 25 * i + 2 * k }));
  });
  const companies = Array.from({ length: 24 }, (_, i) => ({
    name: i === 3 ? 'Internationale Gesellschaft für Zweitmeinungen und Fallprüfung mbH' : `Company ${String.fromCharCode(65 + i)} Holdings`,
    share: Math.round((0.06 - i * 0.002) * 1000) / 1000,
  }));
  const { published: _published, scenarios: _scenarios, ...market } = base.market;
  return {
    ...base,
    id: 'stress-test-market',
    title: 'Remote Specialist Review Services Market',
    locale: 'de-DE',
    currency: 'EUR',
    unit: 'million',
    baseYear: 2023,
    forecastTo: 2035,
    publisher: { ...base.publisher, brandColor: '#b5121b' },
    market: { ...market, history, forecast: { method: 'cagr', cagr: 0.082 } },
    segmentations: [
      ...segmentations,
      {
        id: 'service',
        title: 'Service',
        kind: 'category',
        segments: LONG_SEGMENTS.map((name, i) => ({ name, share: shares[i], cagr: 0.063 + (i % 5) * 0.012 - (i === 12 ? 0.1 : 0) })),
      },
    ],
    companies,
    regionalData: { production, consumption },
  };
}

/**
 * A dataset of the generated catalogue (scripts/generate-catalogue.mjs). Two
 * of seed 17 once drew broken charts: 8 has six-figure values, labels wider
 * than their bars, which collided; 21 has shrinking segments beside growing
 * ones, whose value labels ran over the category names.
 */
export function generatedModel(seed: number, index: number): Model {
  const dataset = generateDataset(seed, index);
  return modelOf(dataset, `${dataset.id}.json`);
}

export function stressModel(): Model {
  return modelOf(stressDatasetJson(), 'stress.json');
}

/** The default dataset plus regional production and consumption over its history years (tests/fixtures.ts). */
export function regionalModel(): Model {
  return modelOf(withRegionalData(), 'regional.json');
}
