// The web excerpt's content: headline figures through the Formatter (so they
// equal the PDF's), the full table of contents of the resolved outline, every
// company, the FAQ, and the redaction policy shared with the sample PDF.
import { describe, expect, it } from 'vitest';
import { createChartRenderer } from '../../src/charts/index.js';
import { createFormatter } from '../../src/format/index.js';
import { resolveOutline } from '../../src/outline/index.js';
import { defaultDataset } from '../fixtures.js';
import { attr, byAttr, byId, elements, renderPage, textOf, type Element } from './html-support.js';
import { spaced } from '../support/spaced.js';

const page = await renderPage(defaultDataset());

describe('web excerpt page for the default dataset', () => {
  const { model, doc } = page;
  const fmt = createFormatter(model);
  /** The page's own style sheet (one <style> element). */
  const pageCss = () => {
    const style = elements(doc).find((e) => e.tagName === 'style')!;
    return style.childNodes.map((n) => (n as { value?: string }).value ?? '').join('');
  };
  const { base, end } = model.market.milestones;

  it('states the headline figures exactly as the Formatter writes them', () => {
    const headline = textOf(byAttr(doc, 'data-headline')[0]!);
    expect(headline).toContain(`valued at ${spaced(fmt.money(base.value))} in ${base.year}`);
    expect(headline).toContain(`reach ${spaced(fmt.money(end.value))} by ${end.year}`);
    expect(headline).toContain(`CAGR) of ${fmt.percent(model.market.cagr)} over ${fmt.span(model.baseYear, model.forecastTo)}`);
    const figure = (name: string) => textOf(byAttr(doc, 'data-figure', name)[0]!);
    expect(figure('base')).toBe(spaced(fmt.money(base.value)));
    expect(figure('end')).toBe(spaced(fmt.money(end.value)));
    expect(figure('cagr')).toBe(fmt.percent(model.market.cagr));
  });

  it('agrees with the figures published for the market (the seed page contradicted them)', () => {
    // The dataset publishes 9.3 for 2030; the Model reproduces it within 1 %,
    // and the page must show the Model's rounding of it, not another number.
    const published2030 = model.market.published.find((p) => p.year === model.forecastTo)!;
    expect(Math.abs(end.value / published2030.value - 1)).toBeLessThan(0.01);
    expect(textOf(doc)).toContain(spaced(fmt.money(end.value)));
  });

  it('is a document in the dataset language with charset and viewport', () => {
    const html = elements(doc).find((e) => e.tagName === 'html')!;
    expect(attr(html, 'lang')).toBe(model.locale);
    expect(page.html.startsWith('<!doctype html>')).toBe(true);
    const metas = elements(doc).filter((e) => e.tagName === 'meta');
    expect(metas.some((m) => attr(m, 'charset')?.toLowerCase() === 'utf-8')).toBe(true);
    expect(metas.some((m) => attr(m, 'name') === 'viewport' && /width=device-width/.test(attr(m, 'content') ?? ''))).toBe(true);
  });

  it('lists the full table of contents of the resolved outline, without page numbers', () => {
    const outline = resolveOutline(model);
    const toc = byId(doc, 'contents');
    const items = elements(toc).filter((e) => e.tagName === 'li');
    const chapterItems = items.filter((li) => elements(li).some((e) => attr(e, 'class') === 'chapter'));
    expect(chapterItems).toHaveLength(outline.chapters.length);
    outline.chapters.forEach((chapter, i) => {
      const line = textOf(elements(chapterItems[i]!).find((e) => attr(e, 'class') === 'chapter')!);
      expect(line).toBe(`${chapter.number} ${chapter.title}`);
      const sectionLines = elements(chapterItems[i]!)
        .filter((e) => e.tagName === 'li')
        .slice(1)
        .map(textOf);
      expect(sectionLines).toEqual(chapter.sections.map((s) => `${s.number} ${s.title}`));
    });
    expect(textOf(toc)).not.toMatch(/\.{3}|page \d/i);
  });

  it('names every company and its headquarters', () => {
    const players = textOf(byId(doc, 'key-players'));
    for (const c of model.companies.list) {
      expect(players).toContain(c.name);
      if (c.headquarters) expect(players).toContain(c.headquarters);
    }
  });

  it('covers every segmentation with its segments, base-year shares and the countries of each region', () => {
    const seg = textOf(byId(doc, 'segmentation'));
    for (const s of model.segmentations) {
      for (const segment of s.segments) {
        expect(seg).toContain(segment.name);
        expect(seg).toContain(fmt.percent(segment.baseShare));
        if (segment.countries.length > 0) expect(seg).toContain(fmt.list(segment.countries));
      }
    }
  });

  it('shows drivers and trends from the dataset', () => {
    const dynamics = textOf(byId(doc, 'dynamics'));
    for (const item of [...model.dataset.narrative.drivers!, ...model.dataset.narrative.trends!]) {
      expect(dynamics).toContain(item.title);
      expect(dynamics).toContain(item.text.replace(/\s+/g, ' ').trim());
    }
  });

  it('answers the FAQ from the Model', () => {
    const faq = textOf(byId(doc, 'faq'));
    expect(faq).toContain(`valued at ${spaced(fmt.money(base.value))} in ${base.year}`);
    expect(faq).toContain(`CAGR of ${fmt.percent(model.market.cagr)}`);
    expect(faq).toContain(fmt.percent(model.market.spans.historical.cagr));
    for (const c of model.dataset.narrative.challenges!) expect(faq).toContain(c.title);
    const leader = model.companies.list[0]!;
    expect(faq).toContain(`${leader.name}: ${fmt.percent(leader.share!)}`);
    // The profiled companies hold 54.7%: the three listed are the largest of them, not of the market.
    expect(faq).toContain(`The largest of the profiled companies by market share in ${base.year}:`);
    for (const s of model.segmentations) expect(faq).toContain(`By ${s.title.toLowerCase()}: ${fmt.list(s.segments.map((x) => x.name))}`);
    for (const d of model.dataset.narrative.drivers!) expect(faq).toContain(d.title);
  });

  it('inlines the market size chart and one segmentation chart', () => {
    const figures = elements(doc).filter((e) => e.tagName === 'figure');
    expect(figures.map((f) => attr(f, 'id'))).toEqual(['fig-market-size', expect.stringMatching(/^fig-segment-(share|value)-type$/)]);
    for (const f of figures) expect(elements(f).filter((e) => e.tagName === 'svg')).toHaveLength(1);
  });

  it('names each chart by its caption, as one image', () => {
    for (const f of elements(doc).filter((e) => e.tagName === 'figure')) {
      const svg = elements(f).find((e) => e.tagName === 'svg')!;
      expect(attr(svg, 'role')).toBe('img');
      const caption = byId(doc, attr(svg, 'aria-labelledby')!);
      expect(caption.tagName).toBe('figcaption');
      expect(textOf(caption)).toMatch(/\w{4}/);
    }
  });

  it('offers the full PDF sample through the publisher contact', () => {
    const publisher = model.dataset.publisher;
    const buttons = elements(doc).filter((e) => attr(e, 'class') === 'button');
    expect(buttons.length).toBeGreaterThan(0);
    for (const b of buttons) {
      expect(textOf(b)).toBe('Request the full PDF sample');
      expect(attr(b, 'href')).toBe(`mailto:${publisher.email}?subject=${encodeURIComponent(`Sample request: ${model.title}`)}`);
    }
    const about = textOf(byId(doc, 'publisher'));
    expect(about).toContain(publisher.about!.slice(0, 60));
    const hrefs = elements(byId(doc, 'publisher')).map((e) => attr(e, 'href'));
    expect(hrefs).toEqual(expect.arrayContaining([publisher.website, `mailto:${publisher.email}`, 'tel:+15550100']));
  });

  it('keeps chart labels legible on a phone: charts scroll sideways rather than shrink below 8 px text', () => {
    const css = pageCss();
    const rule = (selector: string) => new RegExp(`(?:^|\\n)${selector.replace(/[.*]/g, '\\$&')} \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
    expect(rule('.chart-scroll')).toMatch(/overflow-x: auto/);
    const minWidth = /min-width: ([\d.]+)rem/.exec(rule('figure.chart svg'));
    expect(minWidth, 'figure.chart svg has a min-width in rem').not.toBeNull();
    const minWidthPx = Number(minWidth![1]) * 16;
    for (const figure of elements(doc).filter((e) => e.tagName === 'figure')) {
      // The drawing scrolls, the caption does not: the scrollbar sits under the chart, not under its caption.
      const children = figure.childNodes.filter((n): n is Element => 'tagName' in n);
      expect(children.map((e) => [e.tagName, attr(e, 'class')]), attr(figure, 'id')).toEqual([['div', 'chart-scroll'], ['figcaption', undefined]]);
      expect(elements(children[0]!).some((e) => e.tagName === 'svg'), attr(figure, 'id')).toBe(true);
      const svg = elements(figure).find((e) => e.tagName === 'svg')!;
      const drawnWidth = Number(attr(svg, 'viewBox')!.split(' ')[2]);
      const smallest = Math.min(...elements(svg).flatMap((e) => (attr(e, 'font-size') ? [parseFloat(attr(e, 'font-size')!)] : [])));
      // At its narrowest the chart is shown at minWidthPx / drawnWidth of its drawn size.
      expect(smallest * Math.min(1, minWidthPx / drawnWidth), attr(figure, 'id')).toBeGreaterThanOrEqual(8);
    }
  });

  it('breaks a word wider than the screen in text, and keeps table cells whole (a wide table scrolls)', () => {
    const css = pageCss();
    const rule = (selector: string) => new RegExp(`(?:^|\\n)${selector.replace(/[.*]/g, '\\$&')} \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
    expect(rule('body')).toMatch(/overflow-wrap: break-word/);
    expect(rule('p, li, h1, h2, h3, h4, dt, dd, figcaption, caption')).toMatch(/overflow-wrap: anywhere/);
    expect(css).not.toMatch(/(?:^|\n)[^{}]*\btd\b[^{}]*\{[^}]*overflow-wrap: anywhere/);
  });

  it('uses the brand colour as accent', () => {
    expect(pageCss()).toContain(`--accent: ${model.dataset.publisher.brandColor}`);
  });

  it('is the same string every time', async () => {
    // A fresh chart renderer too, so no cached SVG hides a difference.
    const again = await renderPage(defaultDataset(), { charts: createChartRenderer() });
    expect(again.html).toBe(page.html);
  });
});

describe('redaction policy (shared with the sample PDF)', () => {
  it('holds back segment growth rates when the sample is redacted, shows them when not', async () => {
    const redacted = page;
    const open = defaultDataset();
    (open as { sample?: unknown }).sample = { redact: false };
    const full = await renderPage(open);
    const fmt = createFormatter(full.model);
    const header = `CAGR, ${fmt.span(full.model.baseYear, full.model.forecastTo)}`;
    const headers = (doc: typeof full.doc) => elements(doc).filter((e) => e.tagName === 'th').map(textOf);
    expect(headers(redacted.doc)).not.toContain(header);
    expect(headers(full.doc)).toContain(header);
    const type = full.model.segmentations[0]!;
    const fastest = type.segments.find((s) => s.name === type.fastest)!;
    expect(textOf(byId(full.doc, 'segmentation'))).toContain(`${fastest.name} is expected to grow fastest, at a CAGR of ${fmt.percent(fastest.cagr)}`);
    // The headline figures stay in both.
    expect(textOf(byAttr(redacted.doc, 'data-headline')[0]!)).toContain(spaced(fmt.money(redacted.model.market.milestones.end.value)));
  });
});

describe('other locales and thinner datasets', () => {
  it('formats per the dataset locale', async () => {
    const d = defaultDataset();
    (d as { locale?: string }).locale = 'de-DE';
    const { model, doc } = await renderPage(d);
    const fmt = createFormatter(model);
    expect(spaced(fmt.money(model.market.milestones.base.value))).toContain(','); // de-DE decimal comma
    expect(textOf(byAttr(doc, 'data-headline')[0]!)).toContain(spaced(fmt.money(model.market.milestones.base.value)));
    // The words stay English (only numbers follow the locale), so the page says it is English.
    expect(attr(elements(doc).find((e) => e.tagName === 'html')!, 'lang')).toBe('en');
  });

  it('renders without optional text, shares or e-mail, and adds the dataset FAQ', async () => {
    const d = defaultDataset() as any;
    for (const key of ['drivers', 'trends', 'challenges', 'restraints', 'opportunities']) delete d.narrative[key];
    d.narrative.faq = [{ question: 'Does the report cover telemedicine platforms?', answer: 'Yes, as a channel.\n\nPlatform fees are included.' }];
    for (const c of d.companies) delete c.share;
    delete d.publisher.email;
    delete d.publisher.about;
    const { model, doc } = await renderPage(d);
    const text = textOf(doc);
    expect(text).toContain('Does the report cover telemedicine platforms?');
    expect(elements(byId(doc, 'faq')).filter((e) => e.tagName === 'p').map(textOf)).toEqual(
      expect.arrayContaining(['Yes, as a channel.', 'Platform fees are included.']),
    );
    expect(text).not.toContain('What challenges');
    expect(text).not.toContain('by market share in');
    for (const button of elements(doc).filter((e) => attr(e, 'class') === 'button')) {
      expect(attr(button, 'href')).toBe(model.dataset.publisher.website);
    }
    expect(text).not.toMatch(/undefined|NaN|null|\[object/);
  });

  it('sets dataset headings one level below the heading they sit under, so the outline skips none', async () => {
    const d = defaultDataset() as any;
    const withHeading = (text: string) => `### Scope\n\n${text}`;
    d.narrative.definition = withHeading(d.narrative.definition);
    d.narrative.drivers[0].text = withHeading(d.narrative.drivers[0].text);
    d.publisher.about = withHeading('A research firm.');
    d.narrative.faq = [{ question: 'What is covered?', answer: withHeading('Every channel.') }];
    const { doc } = await renderPage(d);
    const levels = elements(doc)
      .filter((e) => /^h[1-6]$/.test(e.tagName))
      .map((e) => ({ level: Number(e.tagName[1]), text: textOf(e) }));
    expect(levels.filter((h) => h.text === 'Scope')).toHaveLength(4);
    const skips = levels.flatMap((h, i) => (i > 0 && h.level > levels[i - 1]!.level + 1 ? [`${levels[i - 1]!.text} (h${levels[i - 1]!.level}) > ${h.text} (h${h.level})`] : []));
    expect(skips).toEqual([]);
  });
});
