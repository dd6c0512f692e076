// roundCoordinates: Vega's 17-digit coordinates cut to hundredths of a pixel,
// in geometry attributes only; text, colours, ids and styles stay as written.
import { describe, expect, it } from 'vitest';
import { roundCoordinates } from '../../src/charts/render-svg.js';

describe('roundCoordinates', () => {
  it('rounds path data, transforms and positions to two decimals', () => {
    const svg =
      '<svg width="490" height="312.34000000000003" viewBox="0 0 490 312.34000000000003">' +
      '<path d="M403.096654275093,53.98253442563039h24.479553903345728v156.01746557436962h-24.479553903345728Z" fill="#8fa7bc"/>' +
      '<line transform="translate(186.86059479553901,24)" x2="228.47583643122684" y2="-123.00000000000001"/></svg>';
    expect(roundCoordinates(svg)).toBe(
      '<svg width="490" height="312.34" viewBox="0 0 490 312.34">' +
        '<path d="M403.1,53.98h24.48v156.02h-24.48Z" fill="#8fa7bc"/>' +
        '<line transform="translate(186.86,24)" x2="228.48" y2="-123"/></svg>',
    );
  });

  it('handles exponents, negative zero and numbers written without separators', () => {
    expect(roundCoordinates('<g transform="translate(0,1.4210854715202004e-14)"/>')).toBe('<g transform="translate(0,0)"/>');
    expect(roundCoordinates('<path d="M-0.001,2.5l10.123-5.456"/>')).toBe('<path d="M0,2.5l10.12-5.46"/>');
  });

  it('leaves text content, colours, fonts and other attributes alone', () => {
    const svg =
      '<g><text transform="translate(1.23456,2)" font-size="8.5px" fill="#1e5e79" aria-label="x=&quot;1.23456&quot;">' +
      'Growth 1.23456 x="9.87654" d="M1.23456"</text><rect class="a1.23456" stroke-width="0.123456"/></g>';
    expect(roundCoordinates(svg)).toBe(svg.replace('translate(1.23456,2)', 'translate(1.23,2)'));
  });

  it('is idempotent', () => {
    const svg = '<path d="M1.005,2.675h3.14159"/>';
    expect(roundCoordinates(roundCoordinates(svg))).toBe(roundCoordinates(svg));
  });
});
