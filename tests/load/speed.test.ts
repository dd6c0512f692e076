// Validation stays cheap for the default dataset: the locale check must not
// start ICU (~50 ms) for the contract's default locale. (Timings themselves
// belong to `npm run bench`, not to a unit test.)
import { describe, expect, it, vi } from 'vitest';
import { validateDataset } from '../../src/load/index.js';
import { defaultRaw } from '../fixtures.js';

describe('validating the default dataset', () => {
  it('asks Intl nothing about its locale (en-US, the contract\'s default)', () => {
    const supported = vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf');
    const canonical = vi.spyOn(Intl, 'getCanonicalLocales');
    try {
      expect(validateDataset(defaultRaw(), 'd.json').errors).toEqual([]);
      expect(supported).not.toHaveBeenCalled();
      expect(canonical).not.toHaveBeenCalled();
      const other = defaultRaw();
      other.locale = 'en-GB';
      validateDataset(other, 'd.json');
      expect(supported).toHaveBeenCalledWith('en-GB'); // the check itself is there for any other locale
    } finally {
      supported.mockRestore();
      canonical.mockRestore();
    }
  });
});
