// The data the excerpt page template sees: the narrative's report context
// (raw numbers, which the template formats through the Formatter helpers;
// redacted, the figures after the base year held back but for the headline,
// see page-figures.ts),
// plus what only the page needs: dataset text split into paragraphs, the
// resolved table of contents, the publisher's links, the accent colour and
// the inline charts. Every field is present (absent data as null or an empty
// list) because the template is compiled in strict mode.
import { isEnglishLocale, type Formatter } from '../../format/index.js';
import { sharesNote } from '../../format/rounding-notes.js';
import { parseNarrative, type NarrativeBlock } from '../../narrative/index.js';
import type { Outline } from '../../outline/index.js';
import type { Model } from '../../types.js';
import type { ExcerptCharts } from './charts.js';
import { pageReportContext } from './page-figures.js';
import { accentOf, callToAction, publisherLinks } from './publisher.js';

/** A narrative block with every field present, so the strict template can test its kind. */
export interface PageBlock {
  readonly isParagraph: boolean;
  readonly isList: boolean;
  readonly isHeading: boolean;
  readonly headingLevel: number;
  readonly text: string;
  readonly items: readonly string[];
}

interface TitledText {
  readonly title: string;
  readonly blocks: readonly PageBlock[];
}

/** Dataset text (paragraphs separated by blank lines, "- " lists) as page blocks. */
/**
 * Dataset text as page blocks. Its "### " headings become <h`headingLevel`>,
 * one below the heading the text sits under, so the outline skips no level.
 */
export function pageBlocks(text: string, headingLevel: 3 | 4 | 5): PageBlock[] {
  return parseNarrative(text).map((b: NarrativeBlock) => ({
    isParagraph: b.kind === 'paragraph',
    isList: b.kind === 'list',
    isHeading: b.kind === 'heading',
    headingLevel,
    text: b.kind === 'list' ? '' : b.text,
    items: b.kind === 'list' ? b.items : [],
  }));
}

export interface ExcerptInputs {
  readonly model: Model;
  /** The page's Formatter, for what the page works out from printed figures (the rounding note). */
  readonly fmt: Formatter;
  readonly outline: Outline;
  readonly charts: ExcerptCharts;
  /** Forecast figures beyond the headline are held back: "XX" in the context (segment growth rates...), ghost marks in charts. */
  readonly redact: boolean;
}

export function excerptContext({ model, fmt, outline, charts, redact }: ExcerptInputs) {
  const report = pageReportContext(model, redact);
  const n = report.narrative;
  const links = publisherLinks(model);
  const titled = (items: readonly { title: string; text: string }[]): TitledText[] =>
    items.map((i) => ({ title: i.title, blocks: pageBlocks(i.text, 5) })); // under the factor's <h4>
  // The FAQ names what the market must overcome: its challenges, or, for a
  // dataset that lists none, its restraints.
  const hurdles = n.challenges.length > 0 ? n.challenges : n.restraints;
  return {
    ...report,
    // The page's text is English whatever the locale, which sets only how numbers are written.
    lang: isEnglishLocale(model.locale) ? model.locale : 'en',
    accent: accentOf(model),
    redact,
    segmentationTitles: report.segmentations.map((s) => s.titleLower),
    // Each table prints its segments' base-year shares, which need not add up
    // to 100% once rounded: the PDF's note, under the same condition.
    segmentations: report.segmentations.map((s, i) => ({
      ...s,
      roundingNote: sharesNote(fmt, [model.segmentations[i]!.segments.map((seg) => seg.baseShare)]) ?? null,
    })),
    links,
    cta: callToAction(model, links),
    text: {
      definition: pageBlocks(n.definition, 4), // under <h3>Market definition
      about: report.publisher.about ? pageBlocks(report.publisher.about, 3) : null, // under the section's <h2>
      drivers: titled(n.drivers),
      trends: titled(n.trends),
    },
    faq: {
      hurdles: hurdles.map((h) => h.title),
      shapers: {
        any: n.drivers.length + n.trends.length + n.opportunities.length > 0,
        drivers: n.drivers.map((d) => d.title),
        trends: n.trends.map((t) => t.title),
        opportunities: n.opportunities.map((o) => o.title),
      },
      // The top three ranks by share as printed, so a tie at third is not split;
      // companies without a share have no rank and cannot lead.
      leaders: report.companies.list.filter((c) => c.rank !== null && c.rank <= 3),
      dataset: n.faq.map((q) => ({ question: q.question, blocks: pageBlocks(q.answer, 3) })), // under <h2>Frequently asked questions
    },
    toc: {
      chapters: outline.chapters.map((c) => ({
        number: c.number,
        title: c.title,
        sections: c.sections.map((s) => ({ number: s.number, title: s.title })),
      })),
      figureCount: outline.figures.length,
      tableCount: outline.tables.length,
    },
    charts,
  };
}
