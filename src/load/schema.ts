// The report data contract (../shared/docs/data-format.md, version 1) as zod 4
// schemas. This file is the single source of truth: the TypeScript types in
// src/types.ts are inferred from it and data/report.schema.json is exported
// from it (`market-report schema`).
//
// Only rules that look at one value live here. Rules that compare values
// (shares sum to 1, unique names, years end at baseYear, published figures)
// live in rules.ts so that every problem is reported, not only the first.
import { z } from 'zod';
import { messages } from '../messages.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Text a reader sees where the contract requires it: something other than spaces. */
const text = z
  .string()
  .min(1, messages.emptyText())
  .regex(/\S/, { error: (iss) => (iss.input === '' ? messages.emptyText() : messages.blankText()) });
const year = z.number().int('must be a whole year').min(1900, 'must be a year from 1900 on').max(2200, 'must be a year before 2200');
const foundedYear = z.number().int('must be a whole year').min(1000).max(2200);
const growthRate = z
  .number()
  .gt(-0.5, 'must be greater than -0.5 (a rate is a fraction: 0.098 means 9.8 %)')
  .lt(1, 'must be less than 1 (a rate is a fraction: 0.098 means 9.8 %)');
const httpsUrl = z
  .string()
  .regex(/^https:\/\/[^\s/$.?#][^\s]*$/i, 'must be an https:// URL');
const slug = (what: string) =>
  z
    .string()
    .min(3, `${what} must be 3 to 80 characters`)
    .max(80, `${what} must be 3 to 80 characters`)
    .regex(SLUG, `${what} must be lower-case letters, digits and single hyphens (e.g. "medical-second-opinion")`);

export const yearValueSchema = z.strictObject({
  year,
  value: z.number().positive('must be greater than 0'),
});

export const publisherSchema = z.strictObject({
  name: text,
  website: httpsUrl.optional(),
  email: z.email('must be an e-mail address').optional(),
  phone: z.string().min(3).max(40).optional(),
  about: z.string().optional(),
  logo: z
    .string()
    .regex(/\.(png|jpe?g)$/i, 'must be a .png, .jpg or .jpeg file')
    .optional()
    .describe('Path to a PNG or JPEG, relative to the data file, inside its folder'),
  brandColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#1f4e79"')
    .optional(),
});

export const forecastSchema = z.strictObject({
  method: z.enum(['cagr', 'trend']),
  cagr: growthRate.optional().describe('Required when method is "cagr", forbidden otherwise'),
});

export const marketSchema = z.strictObject({
  history: z.array(yearValueSchema).min(3, 'needs at least 3 years of history'),
  forecast: forecastSchema,
  scenarios: z
    .strictObject({
      low: z.number().gt(-1).lt(0, 'must be below 0 (growth subtracted from the base case)'),
      high: z.number().gt(0, 'must be above 0 (growth added to the base case)').lt(1),
    })
    .optional(),
  published: z
    .array(z.strictObject({ year, value: z.number().positive('must be greater than 0'), source: text }))
    .optional(),
});

export const segmentSchema = z.strictObject({
  name: text.max(120),
  share: z.number().gt(0, 'must be greater than 0').lt(1, 'must be less than 1 (a share is a fraction)'),
  cagr: growthRate.optional(),
  countries: z.array(text).optional(),
});

export const segmentationSchema = z.strictObject({
  id: z
    .string()
    .max(40, 'must be at most 40 characters')
    .regex(SLUG, 'must be lower-case letters, digits and single hyphens (e.g. "application")'),
  title: text.max(80),
  kind: z.enum(['category', 'region']),
  segments: z.array(segmentSchema).min(2, 'needs at least 2 segments').max(30, 'allows at most 30 segments'),
});

export const companySchema = z.strictObject({
  name: text.max(160),
  headquarters: z.string().optional(),
  founded: foundedYear.optional(),
  type: z.string().optional(),
  share: z.number().gt(0).lt(1, 'must be less than 1 (a share is a fraction)').optional(),
  revenue: z.number().positive().optional(),
  description: z.string().optional(),
  offerings: z.array(text).optional(),
  website: httpsUrl.optional(),
});

const titledText = z.strictObject({ title: text, text });

export const narrativeSchema = z.strictObject({
  definition: text,
  drivers: z.array(titledText).optional(),
  restraints: z.array(titledText).optional(),
  opportunities: z.array(titledText).optional(),
  trends: z.array(titledText).optional(),
  challenges: z.array(titledText).optional(),
  porter: z
    .strictObject({
      rivalry: text,
      newEntrants: text,
      substitutes: text,
      buyerPower: text,
      supplierPower: text,
    })
    .optional(),
  valueChain: z.array(z.strictObject({ stage: text, text })).optional(),
  methodology: text,
  sources: z.array(text).min(1, 'needs at least one source'),
  faq: z.array(z.strictObject({ question: text, answer: text })).optional(),
});

const seriesByName = z.record(z.string(), z.array(yearValueSchema).min(1));

export const regionalDataSchema = z.strictObject({
  production: seriesByName,
  consumption: seriesByName,
  averagePrice: seriesByName.optional(),
});

export const sampleSchema = z.strictObject({
  chapters: z.array(z.number().int().min(1)).min(1).optional(),
  redact: z.boolean().optional(),
});

export const datasetSchema = z.strictObject({
  $schema: z.string().optional(),
  id: slug('id'),
  title: z
    .string()
    .min(3, 'must be 3 to 200 characters')
    .max(200, 'must be 3 to 200 characters')
    .regex(/\S/, messages.blankText()),
  subtitle: z.string().optional(),
  publisher: publisherSchema,
  published: z
    .string()
    .regex(ISO_DATE, 'must be a date like "2024-03-15"')
    .refine(isCalendarDateOrMalformed, { error: (iss) => messages.notCalendarDate(String(iss.input)) }),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "USD"'),
  unit: z.enum(['thousand', 'million', 'billion']),
  locale: z.string().min(2).max(35).optional(),
  baseYear: year,
  forecastTo: year,
  market: marketSchema,
  segmentations: z.array(segmentationSchema).min(1, 'needs at least one segmentation').max(8),
  companies: z.array(companySchema).min(1, 'needs at least one company').max(200),
  narrative: narrativeSchema,
  regionalData: regionalDataSchema.optional(),
  sample: sampleSchema.optional(),
});

/**
 * "2024-02-30" has the shape of a date but is none: Date would quietly make it
 * March 1. A string without the shape passes here; the regex reports it.
 */
function isCalendarDateOrMalformed(iso: string): boolean {
  if (!ISO_DATE.test(iso)) return true;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y); // Date.UTC reads years 0-99 as 1900-1999
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Exports the contract as a JSON Schema (draft 2020-12) for editors and other tools. */
export function exportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    title: 'Market report dataset, version 1',
    description: 'One JSON file describes one market report. See docs/data-format.md.',
  };
}
