// --templates and --outline are inputs of the whole run: checked once, before
// any dataset is read, every problem of both at once (batch/shared-inputs.ts).
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run.js';
import { checkSharedInputs } from '../../src/batch/shared-inputs.js';
import { UserError } from '../../src/errors.js';
import { messages } from '../../src/messages.js';
import { DEFAULT_DATASET_FILE } from '../fixtures.js';
import { removeScratch, scratch } from './helpers.js';

const outlineNaming = (template: string) => ({
  version: 1,
  chapters: [{ id: 'a', title: 'A', sections: [{ id: 's', title: 'S', blocks: [{ kind: 'narrative', template }] }] }],
});

async function put(file: string, text: string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  return file;
}

describe('checkSharedInputs', () => {
  afterAll(removeScratch);

  it('accepts an outline naming a narrative template of the user\'s folder, which then counts as used', async () => {
    const root = await scratch('shared-ok');
    const templates = path.join(root, 'templates');
    await put(path.join(templates, 'report', 'intro.hbs'), 'About {{title}}.\n');
    await put(path.join(templates, 'report', 'intrro.hbs'), 'About {{title}}.\n');
    const outline = await put(path.join(root, 'outline.json'), `\uFEFF${JSON.stringify(outlineNaming('intro'))}`);
    const checked = await checkSharedInputs({ templatesDir: templates, outlineFile: outline });
    expect(checked.outline).toEqual(outlineNaming('intro'));
    expect(checked.unusedTemplates).toEqual(['report/intrro.hbs']);
  });

  it('reports the templates that do not compile and the outline\'s problems together, once', async () => {
    const root = await scratch('shared-bad');
    const templates = path.join(root, 'templates');
    await put(path.join(templates, 'report', 'intro.hbs'), 'About {{#if title}}.\n');
    await put(path.join(templates, 'excerpt', 'headline.hbs'), '<p>{{{title}}}</p>\n');
    const outline = await put(path.join(root, 'outline.json'), JSON.stringify(outlineNaming('intro-x')));
    const error = await checkSharedInputs({ templatesDir: templates, outlineFile: outline }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(1);
    const lines = (error as UserError).message.split('\n');
    expect(lines[0]).toBe(`--templates ${templates}: 2 templates do not compile:`);
    expect(lines[1]).toBe(`template ${path.join(templates, 'report', 'intro.hbs')}: Parse error on line 2:`);
    // The excerpt's own compile rule, checked once its syntax is sound: no unescaped output.
    expect(lines).toContain(`template ${path.join(templates, 'excerpt', 'headline.hbs')}: unescaped output ({{{ }}} or {{& }}) at line 1; the excerpt page escapes every value`);
    expect(lines).toContain('outline file has 1 problem:');
    expect(lines.at(-1)).toMatch(new RegExp(`^${escape(outline)}: chapters\\[0\\]\\.sections\\[0\\]\\.blocks\\[0\\]\\.template: there is no narrative template "intro-x"; the templates are about, .*, intro, .*segment-summary$`));
    expect((error as UserError).problems.map((p) => p.path)).toEqual(['chapters[0].sections[0].blocks[0].template']);
  });

  it('lists the user\'s report partials that nothing calls, and only those', async () => {
    const root = await scratch('shared-partials-ok');
    const templates = path.join(root, 'templates');
    await put(path.join(templates, 'report', 'findings.hbs'), 'By {{title}}: {{> mine}}\n');
    await put(path.join(templates, 'report', 'partials', 'mine.hbs'), 'mine, which calls {{> helper-bit}}\n'); // called by the user's findings.hbs
    await put(path.join(templates, 'report', 'partials', 'helper-bit.hbs'), 'called by mine\n'); // called by the user's partial
    await put(path.join(templates, 'report', 'partials', 'share-move.hbs'), 'its share\n'); // replaces a bundled partial
    await put(path.join(templates, 'report', 'partials', 'share-moves.hbs'), 'its share\n'); // a misspelt name: replaces nothing
    const checked = await checkSharedInputs({ templatesDir: templates });
    expect(checked.unusedTemplates).toEqual(['report/partials/share-moves.hbs']);
  });

  it('reports a report partial that does not compile and a {{> name}} that no partial answers, up front', async () => {
    const root = await scratch('shared-partials-bad');
    const templates = path.join(root, 'templates');
    await put(path.join(templates, 'report', 'faq.hbs'), 'Q.\n{{> largest-shares}}\n');
    await put(path.join(templates, 'report', 'partials', 'broken.hbs'), '{{#if x}}\n');
    const error = await checkSharedInputs({ templatesDir: templates }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const lines = (error as UserError).message.split('\n');
    expect(lines[0]).toBe(`--templates ${templates}: 1 template does not compile:`);
    expect(lines[1]).toBe(`template ${path.join(templates, 'report', 'partials', 'broken.hbs')}: Parse error on line 2:`);
    expect(lines.at(-2)).toBe(`--templates ${templates}: 1 call of a partial that does not exist:`);
    expect(lines.at(-1)).toMatch(
      new RegExp(`^template ${escape(path.join(templates, 'report', 'faq.hbs'))}: line 2: there is no partial "largest-shares"; the partials are .*\\blargest-segments\\b.*$`),
    );
  });

  it('finds a quoted {{> "name"}} that no partial answers, and says why a misnamed partial file is not one', async () => {
    const root = await scratch('shared-partials-quoted');
    const templates = path.join(root, 'templates');
    await put(path.join(templates, 'report', 'faq.hbs'), 'Q.\n{{> "missing"}} {{> \'share-move\'}}\n{{> Bad_Name}}\n');
    await put(path.join(templates, 'report', 'partials', 'Bad_Name.hbs'), 'a partial\n');
    const error = await checkSharedInputs({ templatesDir: templates }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const lines = (error as UserError).message.split('\n');
    expect(lines[0]).toBe(`--templates ${templates}: 2 calls of partials that do not exist:`);
    const faq = escape(path.join(templates, 'report', 'faq.hbs'));
    expect(lines[1]).toMatch(new RegExp(`^template ${faq}: line 2: there is no partial "missing"; the partials are .*\\bshare-move\\b`));
    expect(lines[2]).toMatch(
      new RegExp(`^template ${faq}: line 3: there is no partial "Bad_Name"; partials/Bad_Name\\.hbs is not one: a template or partial file is named with lowercase letters, digits and hyphens`),
    );
    expect(lines).toHaveLength(3);
  });

  it('warns about a partial file nothing calls as a partial, not as a template', async () => {
    const root = await scratch('shared-partials-unused');
    const templates = path.join(root, 'templates');
    await put(path.join(templates, 'report', 'findings.hbs'), 'By {{title}}: {{> "mine"}}\n');
    await put(path.join(templates, 'report', 'partials', 'mine.hbs'), 'mine\n'); // called by a quoted name
    await put(path.join(templates, 'report', 'partials', 'Bad_Name.hbs'), 'never read\n');
    await put(path.join(templates, 'report', 'defintion.hbs'), 'misspelt\n');
    const checked = await checkSharedInputs({ templatesDir: templates });
    expect(checked.unusedTemplates).toEqual(['report/defintion.hbs', 'report/partials/Bad_Name.hbs']);
    expect(messages.templatesUnused(templates, checked.unusedTemplates)).toBe(
      `warning: --templates ${templates}: report/defintion.hbs matches no bundled template and would never be used; report/partials/Bad_Name.hbs matches no bundled partial, no {{> name}} of your templates calls it, and would never be used`,
    );
  });

  it('stops a library batch before it collects a dataset or makes --out', async () => {
    const root = await scratch('shared-batch');
    const templates = path.join(root, 'templates');
    await put(path.join(templates, 'excerpt', 'faq.hbs'), '{{#each x}}\n');
    const out = path.join(root, 'out');
    await expect(runBatch({ inputs: [DEFAULT_DATASET_FILE, path.join(root, 'no-such.json')], outDir: out, templatesDir: templates })).rejects.toThrow(
      `--templates ${templates}: 1 template does not compile:\ntemplate ${path.join(templates, 'excerpt', 'faq.hbs')}: Parse error on line 2:`,
    );
    expect(existsSync(out)).toBe(false);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
