// The words pdfmake sizes table columns by: its line breaker's.
import { describe, expect, it } from 'vitest';
import { pdfSegments, pdfWords } from '../../src/pdf/words.js';

describe('pdfWords', () => {
  it('splits where pdfmake may end a line, and nowhere else', () => {
    expect(pdfWords('Employer-sponsored Expert Opinion')).toEqual(['Employer-', 'sponsored', 'Expert', 'Opinion']);
    expect(pdfWords('Above-1000kVA')).toEqual(['Above-1000kVA']); // no break between a hyphen and a number
    expect(pdfWords('Hospitals/Clinics')).toEqual(['Hospitals/', 'Clinics']);
    expect(pdfWords('Power\u00a0Tools Pro')).toEqual(['Power\u00a0Tools', 'Pro']); // a no-break space joins
    expect(pdfWords('1\u202f234,5 EUR')).toEqual(['1\u202f234,5', 'EUR']);
    expect(pdfWords('Transpo-\nrtation')).toEqual(['Transpo-', 'rtation']);
  });

  it('keeps every character in its segments', () => {
    for (const text of ['  a  b-c / d\n', 'Total market', '']) expect(pdfSegments(text).join('')).toBe(text);
  });
});
