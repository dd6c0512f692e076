// Brand colour contrast against the white page (WCAG 2), and the darker colour suggested instead.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastWithWhite, darkenToContrast, MIN_BRAND_CONTRAST } from '../../src/load/contrast.js';

describe('contrastWithWhite', () => {
  it('matches WCAG reference values', () => {
    expect(contrastWithWhite('#FFFFFF')).toBeCloseTo(1, 5);
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('#767676')).toBeCloseTo(4.54, 2); // the lightest grey that passes 4.5:1 on white
    expect(contrastWithWhite('#1f4e79')).toBeGreaterThan(8);
  });
  it('reads upper and lower case alike and ignores what is not #rrggbb', () => {
    expect(contrastWithWhite('#ABCDEF')).toBe(contrastWithWhite('#abcdef'));
    expect(contrastWithWhite('red')).toBeUndefined();
  });
});

describe('darkenToContrast', () => {
  it('keeps the hue and lands just at the limit', () => {
    expect(darkenToContrast('#ffffff')).toBe('#949494');
    expect(contrastWithWhite('#949494')).toBeGreaterThanOrEqual(3);
    expect(contrastWithWhite('#959595')).toBeLessThan(3);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(darkenToContrast('#80f4a6').slice(i, i + 2), 16)) as [number, number, number];
    expect(g).toBeGreaterThan(b);
    expect(b).toBeGreaterThan(r);
  });
  it('always suggests a colour that passes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const hex = `#${n.toString(16).padStart(6, '0')}`;
        expect(contrastWithWhite(darkenToContrast(hex))).toBeGreaterThanOrEqual(MIN_BRAND_CONTRAST);
      }),
    );
  });
});
