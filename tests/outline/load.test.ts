// User outline files: validated as a whole, every problem with its JSON path.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { defaultOutline, loadOutlineFile } from '../../src/outline/index.js';

function file(content: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'outline-'));
  const f = path.join(dir, 'outline.json');
  writeFileSync(f, content);
  return f;
}

async function problems(json: unknown): Promise<string[]> {
  return problemsOf(file(JSON.stringify(json)));
}

async function problemsOf(outlineFile: string): Promise<string[]> {
  const error = await loadOutlineFile(outlineFile).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).problems.map((p) => `${p.path}: ${p.message}`);
}

const section = (extra: object = {}) => ({ id: 'sec', title: 'Section', blocks: [{ kind: 'narrative', template: 'definition' }], ...extra });

describe('loadOutlineFile', () => {
  it('reads a valid outline (the default one, as JSON with a $schema key)', async () => {
    const def = await loadOutlineFile(file(JSON.stringify({ $schema: './outline.schema.json', ...defaultOutline() })));
    expect(def).toEqual(defaultOutline());
  });

  it('reports every problem at once, each with its path', async () => {
    const found = await problems({
      version: 1,
      chapters: [
        {
          id: 'Bad Id',
          title: 'Chapter',
          sections: [
            section({ blocks: [{ kind: 'table', table: 'no-such-table', caption: 'x' }] }),
            section({ id: 'other', blocks: [{ kind: 'narrative', template: '../../etc/passwd' }] }),
          ],
        },
      ],
    });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^chapters\[0\]\.id: must be lower-case/),
        expect.stringMatching(/^chapters\[0\]\.sections\[0\]\.blocks\[0\]\.table: /),
        expect.stringMatching(/^chapters\[0\]\.sections\[1\]\.blocks\[0\]\.template: must be lower-case/),
      ]),
    );
    expect(found).toHaveLength(3);
  });

  it('rejects tokens and blocks that nothing binds', async () => {
    const found = await problems({
      version: 1,
      chapters: [
        {
          id: 'a',
          title: 'About {company}',
          sections: [
            section({ title: 'Hello {nobody}' }),
            section({ id: 'b', blocks: [{ kind: 'company-profile' }] }),
            section({ id: 'c', blocks: [{ kind: 'chart', chart: 'segment-share-{segmentation}' }] }),
            section({ id: 'c' }),
          ],
        },
      ],
    });
    expect(found).toEqual([
      'chapters[0].title: "{company}" can only be used in a chapter or section repeated per company',
      'chapters[0].sections[0].title: unknown token "{nobody}"; use one of {segmentation}, {company}, {region}, {firstYear}, {baseYear}, {forecastTo}',
      'chapters[0].sections[1].blocks[0]: a company-profile block must be in a section with "repeat": "company"',
      'chapters[0].sections[2].blocks[0]: this chart needs a chapter or section repeated per segmentation',
      'chapters[0].sections[3].id: section id "c" is used twice in chapter "a"',
    ]);
  });

  it('rejects a chart the catalogue cannot draw, naming the ones it can', async () => {
    const found = await problems({
      version: 1,
      chapters: [{ id: 'a', title: 'A', sections: [section({ blocks: [{ kind: 'chart', chart: 'market-pie' }, { kind: 'chart', chart: 'segment-share-type' }] })] }],
    });
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^chapters\[0\]\.sections\[0\]\.blocks\[0\]\.chart: must be one of the charts the pipeline draws: "market-size", .*"segment-share-\{segmentation\}"/);
    // A segment chart names its segmentation through the token, so one outline fits every dataset.
    expect(found[1]).toMatch(/^chapters\[0\]\.sections\[0\]\.blocks\[1\]\.chart: must be one of/);
  });

  it('rejects unknown keys and a wrong version', async () => {
    const found = await problems({ version: 2, chapters: [{ id: 'a', title: 'A', sections: [section({ colour: 'red' })] }] });
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^version: must be 1/), expect.stringMatching(/colour/)]));
  });

  it('says so when the file is missing or is not JSON', async () => {
    await expect(loadOutlineFile('/nonexistent/outline.json')).rejects.toThrow('--outline /nonexistent/outline.json: not found');
    await expect(loadOutlineFile(file('{ "version": 1,'))).rejects.toThrow(/invalid JSON/);
  });

  it('reads its JSON as a dataset is read: a leading BOM is fine, a syntax error has a line and column', async () => {
    // A BOM (as some Windows editors save) was "Unexpected token", and a syntax error "at position 9984".
    expect(await loadOutlineFile(file(`\uFEFF${JSON.stringify(defaultOutline(), null, 2)}`))).toEqual(defaultOutline());
    const f = file('{\n  "version": 1,\n  "chapters": [],\n}\n');
    const error = await loadOutlineFile(f).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(`outline file has 1 problem:\n${f}: line 4, column 1: invalid JSON: trailing comma before "}"`);
    expect(await problemsOf(file('{\n  "version": 1,\n  "chapters": [{ "id": "a'))).toEqual(['line 3, column 26: invalid JSON: unterminated string']);
  });

  it('rejects a key given twice, as in a dataset: JSON would keep the last one without a word', async () => {
    const text = JSON.stringify(defaultOutline(), null, 2).replace('"chapters": [', '"chapters": [],\n  "chapters": [');
    const found = await problemsOf(file(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^chapters: key "chapters" is given twice .*line 4, column 3; first at line 3, column 3/);
  });

  it('given the templates there are, names a narrative block whose template is not one of them, listing them', async () => {
    const outline = { version: 1, chapters: [{ id: 'a', title: 'A', sections: [section(), section({ id: 'b', blocks: [{ kind: 'narrative', template: 'nosuch' }] })] }] };
    const error = await loadOutlineFile(file(JSON.stringify(outline)), { templates: ['market-size', 'definition'] }).catch((e: unknown) => e);
    expect((error as UserError).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'chapters[0].sections[1].blocks[0].template: there is no narrative template "nosuch"; the templates are definition, market-size',
    ]);
    // Without the list (a worker re-reading an outline already checked), names are checked for form only.
    expect((await loadOutlineFile(file(JSON.stringify(outline)))).chapters).toHaveLength(1);
  });
});
