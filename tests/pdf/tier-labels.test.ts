// Tier labels name their thresholds the way the report prints every other
// percentage: "5 %" in a de-DE or fr-FR report, where a share reads "7,2 %",
// and "5%" in en-US. They appear in the tier list, the tier table and each
// company's profile.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/types.js';
import { defaultDataset } from '../fixtures.js';
import { readPdf, type PdfText } from './pdf-text.js';
import { renderWithStub } from './render.js';

async function pdfText(dataset: Dataset): Promise<PdfText> {
  return readPdf((await renderWithStub(dataset)).pdf);
}

describe.each(['de-DE', 'fr-FR'])('a %s report', (locale) => {
  let text: PdfText;
  beforeAll(async () => {
    text = await pdfText({ ...defaultDataset(), locale });
  });

  it('spaces the percent sign in the tier labels as in its figures', () => {
    // readPdf turns the no-break space before "%" into a plain space.
    expect(text.flat).toContain('7,2 %');
    expect(text.flat).toContain('Tier 1 (share of 5 % or more)');
    expect(text.flat).toContain('Tier 2 (share of 2 % to under 5 %)');
    expect(text.flat).toContain('Tier 3 (share below 2 % or not disclosed)');
  });

  it('prints no percentage without the space', () => {
    expect(text.flat).not.toMatch(/\d%/);
  });
});

describe('an en-US report', () => {
  it('keeps its tier labels as they were', async () => {
    const text = await pdfText(defaultDataset());
    expect(text.flat).toContain('Tier 1 (share of 5% or more)');
    expect(text.flat).toContain('Tier 2 (share of 2% to under 5%)');
    expect(text.flat).toContain('Tier 3 (share below 2% or not disclosed)');
  });
});
