// User templates: a folder replaces bundled templates by file name; a field
// missing from the data is an error that names the file and the field.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { defaultDataset } from '../fixtures.js';
import { readPdf } from './pdf-text.js';
import { renderWithStub } from './render.js';

function templatesDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'report-templates-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('templatesDir', () => {
  it('replaces a bundled template by file name and keeps the others', async () => {
    const dir = templatesDir({ 'definition.hbs': 'Our own definition of the {{title}}, worth {{money market.base.value}}.' });
    const { pdf } = await renderWithStub(defaultDataset(), { templatesDir: dir });
    const text = await readPdf(pdf);
    expect(text.flat).toContain('Our own definition of the Medical Second Opinion Market, worth USD 4.92 billion.');
    expect(text.flat).not.toContain('A medical second opinion is an independent review');
    // Bundled templates still render the rest.
    expect(text.flat).toContain('The global Medical Second Opinion Market was valued at');
  });

  it('fails on a field the data does not have, naming the template file and the field', async () => {
    const dir = templatesDir({ 'definition.hbs': 'Valued at {{money market.baseValue}}.\n\nSee {{markte.base.value}}.' });
    const error = await renderWithStub(defaultDataset(), { templatesDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const message = (error as Error).message;
    expect(message).toContain(path.join(dir, 'definition.hbs'));
    // The helper reports the absent number; strict mode reports the unknown path.
    expect(message).toMatch(/money.*needs a number.*undefined|"markte" is not defined/);
  });
});
