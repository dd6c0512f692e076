import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { exportJsonSchema } from '../../src/load/index.js';
import { defaultRaw, ROOT } from '../fixtures.js';

const committed = JSON.parse(readFileSync(path.join(ROOT, 'data', 'report.schema.json'), 'utf8'));

describe('the exported JSON Schema', () => {
  it('is committed as data/report.schema.json and in sync with the zod contract (run `npx market-report schema > data/report.schema.json` after a change)', () => {
    expect(committed).toEqual(exportJsonSchema());
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(committed);

  it('validates the default dataset', () => {
    expect(validate(defaultRaw()), JSON.stringify(validate.errors)).toBe(true);
  });
  it('rejects an unknown key, a bad id and a missing field, as editors will show', () => {
    const d = defaultRaw();
    d.market.forcast = {};
    d.id = '../x';
    delete d.narrative.sources;
    expect(validate(d)).toBe(false);
    const where = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(where).toEqual(expect.arrayContaining(['/market additionalProperties', '/id pattern', '/narrative required']));
  });
});
