// The web excerpt as a file a browser opens: valid HTML5, self-contained (no
// external scripts, styles, fonts or images; links only to the publisher),
// every data string escaped, no placeholder or leaked JavaScript value.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { BUNDLED_EXCERPT_TEMPLATES_DIR } from '../../src/excerpt/html/index.js';
import { defaultDataset } from '../fixtures.js';
import { attr, elements, renderPage, textOf, type Document } from './html-support.js';

const HOSTILE = '<script>alert(1)</script>';
const URL_ATTRIBUTES = ['src', 'href', 'xlink:href', 'action', 'formaction', 'poster', 'srcset', 'data', 'background', 'cite'];

function externalReferences(doc: Document, allowed: readonly string[]): string[] {
  const found: string[] = [];
  for (const el of elements(doc)) {
    for (const a of el.attrs) {
      const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
      if (!URL_ATTRIBUTES.includes(name)) continue;
      const v = a.value.trim();
      const ok = v.startsWith('#') || v.startsWith('mailto:') || v.startsWith('tel:') || allowed.includes(v);
      if (!ok) found.push(`<${el.tagName} ${name}="${v}">`);
    }
  }
  return found;
}

const defaultPage = await renderPage(defaultDataset());

describe('the default page as a document', () => {
  const { html, doc, errors, model } = defaultPage;

  it('parses as HTML5 without a single parse error', () => {
    expect(errors.map((e) => `${e.code} at ${e.startLine}:${e.startCol}`)).toEqual([]);
  });

  it('loads nothing: no script, external stylesheet, font, image, frame or object', () => {
    const tags = new Set(elements(doc).map((e) => e.tagName));
    for (const tag of ['script', 'link', 'img', 'iframe', 'object', 'embed', 'video', 'audio', 'source', 'image', 'foreignObject', 'base']) {
      expect(tags.has(tag), tag).toBe(false);
    }
    const css = elements(doc)
      .filter((e) => e.tagName === 'style')
      .flatMap((e) => e.childNodes.map((n) => (n as { value?: string }).value ?? ''))
      .join('');
    expect(css).not.toMatch(/@import|@font-face|url\(/i);
    expect(elements(doc).some((e) => attr(e, 'http-equiv') !== undefined)).toBe(false);
    expect(elements(doc).some((e) => e.attrs.some((a) => /^on/i.test(a.name)))).toBe(false);
  });

  it('links only to the publisher website, its e-mail and its phone', () => {
    expect(externalReferences(doc, [model.dataset.publisher.website!])).toEqual([]);
    const hrefs = elements(doc).map((e) => attr(e, 'href')).filter((h): h is string => h !== undefined && !h.startsWith('#'));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(mailto:sales@meridian-insights\.example|tel:\+15550100|https:\/\/meridian-insights\.example)/);
  });

  it('has no placeholder or leaked JavaScript value in its text', () => {
    const text = textOf(doc);
    expect(text).not.toMatch(/\bXX\b/);
    expect(html).not.toMatch(/undefined|NaN|\[object/);
  });

  it('keeps ids unique across the two inline charts, and every reference resolves', () => {
    const ids = elements(doc).map((e) => attr(e, 'id')).filter((id): id is string => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
    const refs = [...html.matchAll(/url\(#([^)]+)\)|href="#([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
    for (const ref of refs) expect(ids).toContain(ref);
  });

  it('makes the inline charts scale with the page', () => {
    const svgs = elements(doc).filter((e) => e.tagName === 'svg');
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) {
      expect(attr(svg, 'viewbox') ?? attr(svg, 'viewBox')).toMatch(/^0 0 [\d.]+ [\d.]+$/);
      expect(attr(svg, 'width')).toBe('100%');
      expect(attr(svg, 'height')).toBeUndefined();
    }
  });

  it('hides the call to action when printed and avoids breaking inside blocks', () => {
    const css = (elements(doc).find((e) => e.tagName === 'style')!.childNodes[0] as { value: string }).value;
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/\.cta[^{]*\.button[^{]*\{\s*display:\s*none/);
    expect(print).toMatch(/break-inside:\s*avoid/);
  });
});

describe('hostile data', () => {
  it('shows a company called <script>alert(1)</script> as text and runs nothing', async () => {
    const d = defaultDataset();
    (d.companies[0] as { name: string }).name = HOSTILE;
    const { doc, errors, html } = await renderPage(d);
    expect(errors).toEqual([]);
    expect(elements(doc).some((e) => e.tagName === 'script')).toBe(false);
    expect(textOf(doc)).toContain(HOSTILE);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('escapes markup and quotes in every kind of data string, and never evaluates template syntax in data', async () => {
    const d = defaultDataset() as any;
    const evil = (where: string) => `${where} "quoted" & <img src=x onerror=alert(1)> {{title}}`;
    d.title = evil('Title');
    d.subtitle = evil('Subtitle');
    d.publisher.name = evil('Publisher');
    d.publisher.about = evil('About');
    d.segmentations[0].segments[0].name = evil('Segment');
    d.segmentations[2].segments[0].countries[0] = evil('Country');
    d.narrative.drivers[0].title = evil('Driver');
    d.narrative.definition = evil('Definition');
    d.narrative.faq = [{ question: evil('Question'), answer: evil('Answer') }];
    d.companies[1].headquarters = evil('HQ');
    const { doc, errors } = await renderPage(d);
    expect(errors).toEqual([]);
    const tags = new Set(elements(doc).map((e) => e.tagName));
    expect(tags.has('img')).toBe(false);
    expect(tags.has('script')).toBe(false);
    expect(elements(doc).some((e) => e.attrs.some((a) => /^on/i.test(a.name)))).toBe(false);
    const text = textOf(doc);
    for (const where of ['Title', 'Subtitle', 'Publisher', 'About', 'Segment', 'Country', 'Driver', 'Definition', 'Question', 'Answer', 'HQ']) {
      expect(text, where).toContain(evil(where));
    }
    // The <title> and the meta description carry the raw title as text too.
    const title = elements(doc).find((e) => e.tagName === 'title')!;
    expect(textOf(title)).toContain(evil('Title'));
  });
});

describe('templates', () => {
  const dirs: string[] = [];
  const tempDir = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'excerpt-templates-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('use no triple-stash or {{& }} anywhere in the bundled set', async () => {
    for (const file of await readdir(BUNDLED_EXCERPT_TEMPLATES_DIR)) {
      const text = await readFile(path.join(BUNDLED_EXCERPT_TEMPLATES_DIR, file), 'utf8');
      expect(text, file).not.toMatch(/\{\{~?\{|\{\{~?&/);
    }
  });

  it('refuses a user template that would write a value unescaped', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'players.hbs'), '<ul>{{#each companies.list}}<li>{{{name}}}</li>{{/each}}</ul>');
    await expect(renderPage(defaultDataset(), { templatesDir: dir })).rejects.toThrow(UserError);
    await expect(renderPage(defaultDataset(), { templatesDir: dir })).rejects.toThrow(/unescaped output .* line 1/);
  });

  it('lets a user template replace a bundled one, in strict mode', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'players.hbs'), '<section id="key-players"><p>Leader: {{companies.leader.name}}</p></section>');
    const { doc } = await renderPage(defaultDataset(), { templatesDir: dir });
    expect(textOf(doc)).toContain('Leader: HCA Hospitals');
    await writeFile(path.join(dir, 'players.hbs'), '<p>\n{{companys}}</p>');
    await expect(renderPage(defaultDataset(), { templatesDir: dir })).rejects.toThrow(
      `template ${path.join(dir, 'players.hbs')}: line 2, column 3: field "companys" is not defined`,
    );
  });
});
