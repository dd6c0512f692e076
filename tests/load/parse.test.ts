import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadReport, MAX_DATASET_BYTES } from '../../src/load/index.js';
import { MAX_DEPTH } from '../../src/load/parse.js';
import { findDuplicateKeys, locateJsonSyntaxError } from '../../src/load/json-syntax.js';
import { DEFAULT_DATASET_FILE, defaultRaw, tinyPng } from '../fixtures.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mr-parse-'));
function file(name: string, content: string | Buffer): string {
  const f = path.join(dir, name);
  writeFileSync(f, content);
  return f;
}

describe('locateJsonSyntaxError', () => {
  const cases: [string, number, number, RegExp][] = [
    ['{"a":}', 1, 6, /expected a value/],
    ['{\n  "a": 1,\n}', 3, 1, /trailing comma/],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, /expected "," or "}"/],
    ['{"a": tru}', 1, 7, /expected a value/],
    ['{"a": "x\n"}', 1, 9, /line break inside a string/],
    ['[1, 2', 1, 6, /expected "," or "]"/],
    ['{"a": 1} x', 1, 10, /after the end/],
    ["{'a': 1}", 1, 2, /property name in double quotes/],
    ['', 1, 1, /end of file/],
  ];
  for (const [text, line, column, message] of cases) {
    it(`finds line ${line}, column ${column} in ${JSON.stringify(text)}`, () => {
      expect(JSON.parse.bind(null, text)).toThrow();
      const found = locateJsonSyntaxError(text);
      expect(found).toMatchObject({ line, column });
      expect(found?.message).toMatch(message);
    });
  }
  it('accepts everything JSON.parse accepts (property)', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(locateJsonSyntaxError(text)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
  it('accepts the default dataset', async () => {
    const { readFileSync } = await import('node:fs');
    expect(locateJsonSyntaxError(readFileSync(DEFAULT_DATASET_FILE, 'utf8'))).toBeUndefined();
  });
  it('finds the end of a file nested a million deep without overflowing the stack (it crashed with exit 70)', () => {
    expect(locateJsonSyntaxError('['.repeat(1_000_000))).toEqual({ line: 1, column: 1_000_001, message: 'unexpected end of file: expected a value' });
    expect(locateJsonSyntaxError('{"a":'.repeat(1_000_000))?.message).toBe('unexpected end of file: expected a value');
  });
});

describe('findDuplicateKeys', () => {
  it('finds a repeated key with its JSON path, line and column, and where it was first given', () => {
    const text = '{\n  "market": {\n    "history": [],\n    "forecast": { "method": "cagr", "cagr": 0.095, "cagr": 0.5 }\n  }\n}';
    expect(findDuplicateKeys(text)).toEqual([
      { path: ['market', 'forecast', 'cagr'], key: 'cagr', line: 4, column: 52, first: { line: 4, column: 37 } },
    ]);
  });
  it('finds every repeat, in arrays and after escapes, as JSON.parse compares keys', () => {
    const text = '{"a": [{"x": 1}, {"x": 1, "y": 2, "\\u0078": 3}], "b": 1, "a": 2, "b": 3}';
    expect(findDuplicateKeys(text).map((d) => [d.path, d.column, d.first.column])).toEqual([
      [['a', 1, 'x'], 35, 19],
      [['a'], 58, 2],
      [['b'], 66, 50],
    ]);
  });
  it('does not confuse keys of different objects, at any depth', () => {
    expect(findDuplicateKeys('{"a": {"a": {"a": 1}}, "b": [{"a": 1}, {"a": 2}], "c": {"b": 1}}')).toEqual([]);
  });
  it('agrees with the count of repeated keys in any object (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 40 }), (keys) => {
        const text = `{"outer": {${keys.map((k, i) => `${JSON.stringify(k)}: ${i}`).join(', ')}}}`;
        const found = findDuplicateKeys(text);
        expect(found).toHaveLength(keys.length - new Set(keys).size);
        expect(found.every((d) => d.path.length === 2 && d.path[0] === 'outer')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('finds none in what JSON.stringify writes (property) or in the default dataset', async () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(findDuplicateKeys(JSON.stringify(value, null, 1) ?? 'null')).toEqual([]);
      }),
      { numRuns: 300 },
    );
    const { readFileSync } = await import('node:fs');
    expect(findDuplicateKeys(readFileSync(DEFAULT_DATASET_FILE, 'utf8'))).toEqual([]);
  });
});

describe('loadReport on files', () => {
  it('loads the default dataset', async () => {
    const r = await loadReport(DEFAULT_DATASET_FILE);
    expect(r.errors).toEqual([]);
    expect(r.value?.title).toBe('Medical Second Opinion Market');
  });
  it('reports invalid JSON with line and column and nothing else', async () => {
    const f = file('broken.json', '{\n  "id": "abc",\n  "title": "x",,\n}');
    const r = await loadReport(f);
    expect(r.value).toBeUndefined();
    expect(r.errors).toEqual([
      { file: f, path: 'line 3, column 16', message: 'invalid JSON: unexpected ",": expected a property name in double quotes', severity: 'error' },
    ]);
  });
  it('rejects a key given twice (JSON.parse silently kept the last: a report built at 50 %), with every other problem', async () => {
    const text = JSON.stringify(defaultRaw(), null, 2).replace('"cagr": 0.095', '"cagr": 0.095, "cagr": 0.5').replace('"baseYear": 2023,', '"baseYear": 2023,\n  "baseYear": 2023,');
    const r = await loadReport(file('dup.json', text));
    expect(r.value).toBeUndefined();
    const lines = text.split('\n');
    const baseLine = lines.findIndex((l) => l.includes('"baseYear"')) + 1;
    const cagrLine = lines.findIndex((l) => l.includes('"cagr": 0.095, "cagr": 0.5')) + 1;
    expect(r.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      `baseYear: key "baseYear" is given twice in the same object (at line ${baseLine + 1}, column 3; first at line ${baseLine}, column 3): only the last value would be used; remove one`,
      `market.forecast.cagr: key "cagr" is given twice in the same object (at line ${cagrLine}, column 22; first at line ${cagrLine}, column 7): only the last value would be used; remove one`,
      expect.stringMatching(/^market\.published\[1\]\.value: published figure 9\.3 for 2030 .* differs from the computed series/),
      // The segments' own rates (about 9.6 % together) no longer match a market growing 50 % a year.
      // One error explains it at each segmentation, then one short error per segment.
      ...[3, 6, 5].flatMap((n, i) => [
        expect.stringMatching(new RegExp(`^segmentations\\[${i}\\]: .* but the market's forecast reaches [\\d.]+ USD billion \\(50\\.0% a year\\)`)),
        ...Array.from({ length: n }, () => expect.stringMatching(new RegExp(`^segmentations\\[${i}\\]\\.segments\\[\\d\\]\\.cagr: given `))),
      ]),
    ]);
  });
  it('reports a missing file', async () => {
    const r = await loadReport(path.join(dir, 'nope.json'));
    expect(r.errors.map((e) => e.message)).toEqual(['file not found']);
  });
  it('reports a directory', async () => {
    mkdirSync(path.join(dir, 'folder.json'), { recursive: true });
    expect((await loadReport(path.join(dir, 'folder.json'))).errors.map((e) => e.message)).toEqual(['is not a regular file']);
  });
  it('refuses files over 5 MB without reading them as JSON', async () => {
    const f = file('big.json', Buffer.alloc(MAX_DATASET_BYTES + 1, 0x20));
    const r = await loadReport(f);
    expect(r.errors.map((e) => e.message)).toEqual(['file is 5.0 MB; a dataset may be at most 5 MB']);
  });
  it('accepts a file of exactly 5 MB padded with whitespace', async () => {
    const text = JSON.stringify(defaultRaw());
    const f = file('padded.json', text + ' '.repeat(MAX_DATASET_BYTES - Buffer.byteLength(text)));
    expect((await loadReport(f)).errors).toEqual([]);
  });
  it('rejects text that is not UTF-8', async () => {
    const f = file('latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
    expect((await loadReport(f)).errors.map((e) => e.message)).toEqual(['file is not valid UTF-8 text']);
  });
  it('requires the logo file to exist next to the data file', async () => {
    const d = defaultRaw();
    d.publisher.logo = 'logo.png';
    const f = file('with-logo.json', JSON.stringify(d));
    expect((await loadReport(f)).errors.map((e) => `${e.path}: ${e.message}`)).toEqual(['publisher.logo: logo file not found: logo.png']);
    file('logo.png', Buffer.from('not an image'));
    expect((await loadReport(f)).errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'publisher.logo: logo logo.png is not a PNG or JPEG image (its first bytes say otherwise)',
    ]);
    file('logo.png', tinyPng());
    expect((await loadReport(f)).errors).toEqual([]);
  });
  it('rejects a logo whose first bytes are right but whose insides are cut short or junk', async () => {
    const d = defaultRaw();
    d.publisher.logo = 'logo.png';
    const f = file('with-damaged-logo.json', JSON.stringify(d));
    const damaged = 'publisher.logo: logo logo.png is a damaged or incomplete image (its parts run past the end of the file, or are missing)';
    const png = tinyPng();
    for (const bytes of [png.subarray(0, png.length - 12), png.subarray(0, 40), Buffer.concat([png.subarray(0, 8), Buffer.alloc(64, 0xab)])]) {
      file('logo.png', bytes);
      expect((await loadReport(f)).errors.map((e) => `${e.path}: ${e.message}`)).toEqual([damaged]);
    }
    // A JPEG (4x3, ImageMagick's baseline encoder): whole, cut before its frame header, or junk after its first bytes.
    const jpeg = Buffer.from('/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBD/wAARCAADAAQDAREAAhEBAxEB/8QAFAABAAAAAAAAAAAAAAAAAAAACP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/xAAUAQEAAAAAAAAAAAAAAAAAAAAH/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAwDAQACEQMRAD8AMRNG7//Z', 'base64');
    file('logo.png', jpeg);
    expect((await loadReport(f)).errors).toEqual([]);
    for (const bytes of [jpeg.subarray(0, 40), Buffer.concat([jpeg.subarray(0, 3), Buffer.alloc(64, 7)])]) {
      file('logo.png', bytes);
      expect((await loadReport(f)).errors.map((e) => `${e.path}: ${e.message}`)).toEqual([damaged]);
    }
  });
  it('reports a file nested deeper than any dataset needs, with the path where it gets too deep, instead of overflowing the stack', async () => {
    let deep = '1';
    for (let i = 0; i < 5000; i++) deep = `{"a":${deep}}`;
    const result = await loadReport(file('deep.json', deep));
    expect(result.errors.map((e) => e.message)).toEqual([`nested deeper than ${MAX_DEPTH} levels; a dataset never needs more than a few`]);
    expect(result.errors[0]!.path).toBe(Array(MAX_DEPTH).fill('a').join('.'));
    let arrays = '1';
    for (let i = 0; i < MAX_DEPTH; i++) arrays = `[${arrays}]`;
    expect((await loadReport(file('deep-array.json', `{"id":${arrays}}`))).errors[0]!.path).toBe(`id${'[0]'.repeat(MAX_DEPTH - 1)}`);
    // Exactly as deep as allowed: not this problem (the schema's own messages instead).
    let ok = '1';
    for (let i = 0; i < MAX_DEPTH - 1; i++) ok = `[${ok}]`;
    expect((await loadReport(file('deep-ok.json', `{"id":${ok}}`))).errors.map((e) => e.message)).not.toContain(`nested deeper than ${MAX_DEPTH} levels; a dataset never needs more than a few`);
  });
});
