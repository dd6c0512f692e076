// The Handlebars environment: strict templates, Formatter helpers, data text
// as literal values, user folders that override bundled templates.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { buildModel } from '../../src/forecast/index.js';
import { createFormatter } from '../../src/format/index.js';
import { boundContext, createNarrative, reportContext } from '../../src/narrative/index.js';
import { defaultDataset } from '../fixtures.js';

const model = buildModel(defaultDataset());
const fmt = createFormatter(model);

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'narrative-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** A folder of files by relative path ("partials/x.hbs"). */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'narrative-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function render(source: string, context: object = reportContext(model)): Promise<string> {
  const narrative = await createNarrative({ formatter: fmt, bundledDir: folder({ 't.hbs': source }) });
  return narrative.text('t', context);
}

describe('strict templates', () => {
  it('fail on a missing field with the file, line, column and field name', async () => {
    const dir = folder({ 'broken.hbs': 'Line one.\nThe market is worth {{market.size}}.' });
    const narrative = await createNarrative({ formatter: fmt, bundledDir: dir });
    expect(() => narrative.text('broken', reportContext(model))).toThrow(
      `template ${path.join(dir, 'broken.hbs')}: line 2, column 23: field "size" is not defined in the data passed to this template`,
    );
  });

  it('fail when a helper gets no number, instead of printing "undefined"', async () => {
    await expect(render('{{money market.nothing}}')).rejects.toThrow('{{money}} needs a number, got undefined (no such field)');
    await expect(render('{{percent market.trend}}')).rejects.toThrow('{{percent}} needs a number, got null (the value is absent for this report)');
    await expect(render('{{list market.base}}')).rejects.toThrow('{{list}} needs a list of texts');
    await expect(render('{{span baseYear}}')).rejects.toThrow('{{span}} takes 2 arguments, got 1');
  });

  it('are user errors when the template is the user\'s, bugs when it is bundled', async () => {
    const user = folder({ 'definition.hbs': '{{nope}}' });
    const narrative = await createNarrative({ formatter: fmt, templatesDir: user });
    expect(() => narrative.text('definition', reportContext(model))).toThrow(UserError);
    const bundled = await createNarrative({ formatter: fmt, bundledDir: folder({ 'definition.hbs': '{{nope}}' }) });
    let error: unknown;
    try {
      bundled.text('definition', reportContext(model));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(UserError);
  });

  it('name the folders when a template does not exist', async () => {
    const narrative = await createNarrative({ formatter: fmt });
    expect(() => narrative.text('no-such-template', {})).toThrow(/narrative template "no-such-template.hbs" not found in .*templates[/\\]report/);
  });
});

describe('helpers', () => {
  it('format through the Formatter', async () => {
    const { base } = model.market.milestones;
    const out = await render('{{money market.base.value}}|{{value market.base.value}}|{{percent market.cagr}}|{{signedPercent market.cagr}}|{{span firstYear forecastTo}}|{{list companies.names}}|{{date published}}');
    expect(out).toBe(
      [fmt.money(base.value), fmt.value(base.value), fmt.percent(model.market.cagr), fmt.signedPercent(model.market.cagr), fmt.span(model.firstYear, model.forecastTo), fmt.list(model.companies.list.map((c) => c.name)), fmt.date(model.dataset.published)].join('|'),
    );
  });

  it('pluralise on a count', async () => {
    const out = await render('{{#each items}}{{n}} {{#plural n}}companies{{else}}company{{/plural}};{{/each}}', { items: [{ n: 0 }, { n: 1 }, { n: 2 }] });
    expect(out).toBe('0 companies;1 company;2 companies;');
  });
});

describe('data text', () => {
  it('is inserted literally: never compiled, never HTML-escaped', async () => {
    const d = defaultDataset();
    d.narrative.definition = 'Fees & charges <b>{{title}}</b> {{#each x}}';
    const context = reportContext(buildModel(d));
    expect(await render('{{narrative.definition}}', context)).toBe('Fees & charges <b>{{title}}</b> {{#each x}}');
  });
});

describe('user folders', () => {
  it('override bundled templates by file name and ignore other files', async () => {
    const bundled = folder({ 'a.hbs': 'bundled a', 'b.hbs': 'bundled b' });
    const user = folder({ 'a.hbs': 'user a', 'notes.txt': 'ignored', 'Bad Name.hbs': 'ignored' });
    const narrative = await createNarrative({ formatter: fmt, bundledDir: bundled, templatesDir: user });
    expect(narrative.names).toEqual(['a', 'b']);
    expect(narrative.text('a', {})).toBe('user a');
    expect(narrative.text('b', {})).toBe('bundled b');
  });

  it('must exist', async () => {
    await expect(createNarrative({ formatter: fmt, templatesDir: '/nonexistent/templates' })).rejects.toThrow(UserError);
  });
});

describe('partials', () => {
  const bundled = () => tree({ 't.hbs': '- A {{> who}} and {{> what}}.\n', 'partials/who.hbs': 'bundled who\n', 'partials/what.hbs': 'bundled what\n' });

  it('come from partials/, the user\'s replacing bundled ones by name, and are not templates', async () => {
    const narrative = await createNarrative({ formatter: fmt, bundledDir: bundled(), templatesDir: tree({ 'partials/who.hbs': 'user who\n' }) });
    // A partial file's final line break is not part of it: the list line stays one line.
    expect(narrative.text('t', {})).toBe('- A user who and bundled what.\n');
    expect(narrative.names).toEqual(['t']);
  });

  it('called on a line of their own keep each its line, with or without a final line break, indented or not', async () => {
    const dir = tree({
      'list.hbs': 'Intro.\n\n{{#each items}}\n{{> item}}\n{{/each}}\n- last\n',
      'indented.hbs': '{{#each items}}\n  {{> bare}}\n{{/each}}\nend',
      'trimmed.hbs': '{{#each items}}\n{{> item ~}}\n{{/each}}\n',
      'partials/item.hbs': '- {{this}}\n',
      'partials/bare.hbs': '- {{this}}',
    });
    const narrative = await createNarrative({ formatter: fmt, bundledDir: dir });
    const items = ['a', 'b'];
    expect(narrative.text('list', { items })).toBe('Intro.\n\n- a\n- b\n- last\n');
    expect(narrative.blocks('list', { items })).toEqual([{ kind: 'paragraph', text: 'Intro.' }, { kind: 'list', items: ['a', 'b', 'last'] }]);
    expect(narrative.text('indented', { items })).toBe('  - a\n  - b\nend');
    // `~}}` asks for the whitespace after the call to go: it goes.
    expect(narrative.text('trimmed', { items })).toBe('- a- b');
  });

  it('are the bundled ones for a user folder without partials/, as for a template it lacks', async () => {
    const narrative = await createNarrative({ formatter: fmt, bundledDir: bundled(), templatesDir: tree({ 'u.hbs': '{{> who}}!' }) });
    expect(narrative.text('t', {})).toBe('- A bundled who and bundled what.\n');
    expect(narrative.text('u', {})).toBe('bundled who!');
  });

  it('are strict, and an error inside one names the partial\'s file: the user\'s a UserError, a bundled one a bug', async () => {
    const dir = tree({ 't.hbs': 'Line one.\n{{> size}}', 'partials/size.hbs': 'Worth\n  {{market.size}}.' });
    const bundledError = thrown((await createNarrative({ formatter: fmt, bundledDir: dir })).text, 't', reportContext(model));
    expect(bundledError.message).toBe(`template ${path.join(dir, 'partials', 'size.hbs')}: line 2, column 5: field "size" is not defined in the data passed to this template`);
    expect(bundledError).not.toBeInstanceOf(UserError);
    const user = tree({ 'partials/size.hbs': '{{nope}}' });
    const userError = thrown((await createNarrative({ formatter: fmt, bundledDir: dir, templatesDir: user })).text, 't', reportContext(model));
    expect(userError.message).toBe(`template ${path.join(user, 'partials', 'size.hbs')}: line 1, column 3: field "nope" is not defined in the data passed to this template`);
    expect(userError).toBeInstanceOf(UserError);
  });

  it('a bundled partial that fails when the user\'s template called it is the user\'s error, naming their template and the call', async () => {
    const dir = tree({ 't.hbs': '{{> outer market}}', 'partials/outer.hbs': 'Worth {{> size}}', 'partials/size.hbs': 'Worth\n  {{size}}.' });
    const user = tree({ 'u.hbs': 'Intro.\n{{#each items}}{{> "outer"}}{{/each}}\n{{> size}}' });
    const narrative = await createNarrative({ formatter: fmt, bundledDir: dir, templatesDir: user });
    const error = thrown(narrative.text, 'u', { items: [{}] });
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe(
      `template ${path.join(user, 'u.hbs')}: line 2: {{> outer}} fails in bundled ${path.join(dir, 'partials', 'size.hbs')}: line 2, column 5: field "size" is not defined in the data passed to this template; pass the partial the data it expects (its comment says what)`,
    );
    // The bundled template calling the same partials with the wrong data stays a bug.
    const bug = thrown(narrative.text, 't', { market: {} });
    expect(bug).not.toBeInstanceOf(UserError);
    expect(bug.message).toBe(`template ${path.join(dir, 'partials', 'size.hbs')}: line 2, column 5: field "size" is not defined in the data passed to this template`);
  });

  it('that do not parse are reported with their file when the environment is made', async () => {
    const user = tree({ 'partials/who.hbs': '{{#if x}}' });
    const error = await createNarrative({ formatter: fmt, bundledDir: bundled(), templatesDir: user }).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message.split('\n')[0]).toBe(`template ${path.join(user, 'partials', 'who.hbs')}: Parse error on line 1:`);
  });
});

function thrown<A extends unknown[]>(f: (...args: A) => unknown, ...args: A): Error {
  try {
    f(...args);
  } catch (e) {
    return e as Error;
  }
  throw new Error('did not throw');
}

describe('boundContext', () => {
  it('adds the bound segmentation, company or region and refuses unknown ones', () => {
    const root = reportContext(model);
    expect(boundContext(root, { segmentationId: 'type' }).segmentation?.title).toBe('Type');
    expect(boundContext(root, { company: 'Medisense' }).company?.name).toBe('Medisense');
    expect(boundContext(root, {}).company).toBeNull();
    expect(() => boundContext(root, { company: 'Nobody' })).toThrow(/no company "Nobody"/);
  });
});

describe('compiled templates shared across reports', () => {
  it('give each report its own helpers although the compiled template is reused', async () => {
    const { compileCached } = await import('../../src/narrative/compile-cache.js');
    const Handlebars = (await import('handlebars')).default;
    const a = Handlebars.create();
    const b = Handlebars.create();
    a.registerHelper('unit', () => 'billion');
    b.registerHelper('unit', () => 'million');
    const text = 'USD {{value}} {{unit}}';
    expect(compileCached(a, text, { strict: true, noEscape: true })({ value: 4.5 })).toBe('USD 4.5 billion');
    expect(compileCached(b, text, { strict: true, noEscape: true })({ value: 7 })).toBe('USD 7 million');
    expect(() => compileCached(b, text, { strict: true, noEscape: true })({})).toThrow(/"value" not defined/);
  });
});
