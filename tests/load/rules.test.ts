import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/load/index.js';
import { defaultRaw, segmentsGrowWithMarket } from '../fixtures.js';

/** Validates a mutated copy of the default dataset; returns "path: message" lines. */
function problems(mutate: (d: Record<string, any>) => void): string[] {
  const d = defaultRaw();
  mutate(d);
  return validateDataset(d, 'x.json').errors.map((e) => `${e.path}: ${e.message}`);
}
const ok = (mutate: (d: Record<string, any>) => void) => expect(problems(mutate)).toEqual([]);

describe('the default dataset', () => {
  it('is valid with no warnings', () => {
    const r = validateDataset(defaultRaw(), 'd.json');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.value?.id).toBe('medical-second-opinion');
  });
});

describe('the issue\'s bad datasets, one defect each', () => {
  it('rejects a share sum of 1.3 at the segmentation', () => {
    const p = problems((d) => (d.segmentations[0].segments[0].share += 0.3));
    expect(p).toEqual([expect.stringMatching(/^segmentations\[0\]\.segments: segment shares sum to 130 %/)]);
  });
  it('rejects "CAGR of XX%" in a narrative text', () => {
    const p = problems((d) => (d.narrative.drivers[1].text = 'The market grows at a CAGR of XX% to 2030.'));
    expect(p).toEqual(['narrative.drivers[1].text: contains placeholder text "XX%": replace it with the real content before publishing']);
  });
  it('rejects an id that is a path', () => {
    const p = problems((d) => (d.id = '../x'));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^id: /);
  });
  it('rejects a company named twice, pointing at the second and naming the first', () => {
    const p = problems((d) => d.companies.push({ ...d.companies[4], share: 0.001 }));
    expect(p).toEqual(['companies[18].name: company "Cleveland Clinic" is listed twice (first at companies[4])']);
  });
  it('rejects a missing history year', () => {
    const p = problems((d) => d.market.history.splice(2, 1));
    expect(p).toEqual(['market.history: history is not contiguous: year 2020 missing']);
  });
  it('rejects a published figure 20 % off and names it', () => {
    const p = problems((d) => (d.market.published[1].value = 9.3 * 1.2));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^market\.published\[1\]\.value: published figure 11\.16 for 2030 .* differs from the computed series \(9\.287\) by 16\.79 %/);
  });
  it('rejects an unknown key with its full path', () => {
    const p = problems((d) => (d.market.forcast = { method: 'cagr' }));
    expect(p).toEqual(['market.forcast: unknown key "forcast": not part of the data format (check the spelling)']);
  });
  it('lists every problem of a file with several at once', () => {
    const p = problems((d) => {
      d.segmentations[0].segments[0].share += 0.3;
      d.narrative.definition += ' A CAGR of XX% is expected.';
      d.id = '../x';
      d.companies.push({ name: 'HCA Hospitals' });
      d.market.history.splice(2, 1);
      d.market.published[0].value = 4.5 * 0.8;
      d.unknownThing = true;
    });
    const paths = p.map((line) => line.split(': ')[0]);
    expect(paths).toEqual(
      expect.arrayContaining([
        'segmentations[0].segments',
        'narrative.definition',
        'id',
        'companies[18].name',
        'market.history',
        'market.published[0].value',
        'unknownThing',
      ]),
    );
  });
});

describe('years', () => {
  it('requires forecastTo after baseYear and at most 20 years on', () => {
    expect(problems((d) => (d.forecastTo = 2023))).toEqual(['forecastTo: forecastTo (2023) must be later than baseYear (2023)']);
    expect(problems((d) => (d.forecastTo = 2044))).toEqual(['forecastTo: forecastTo (2044) may be at most 20 years after baseYear (2023)']);
    ok((d) => (d.forecastTo = 2043, (d.market.published = undefined)));
  });
  it('requires history to end at baseYear', () => {
    const p = problems((d) => (d.baseYear = 2024, (d.market.published = undefined)));
    expect(p).toEqual(['market.history[5].year: history must end at baseYear (2024) but ends at 2023']);
  });
  it('rejects unsorted and duplicate years', () => {
    expect(problems((d) => ([d.market.history[1], d.market.history[2]] = [d.market.history[2], d.market.history[1]]))).toEqual([
      'market.history[2].year: year 2019 comes after 2020: history must be in ascending year order',
    ]);
    expect(problems((d) => (d.market.history[2].year = 2019))).toEqual(['market.history[2].year: year 2019 appears twice in history']);
  });
  it('needs at least three years of history', () => {
    expect(problems((d) => d.market.history.splice(0, 4))).toEqual(['market.history: needs at least 3 years of history']);
  });
});

describe('forecast method', () => {
  it('requires cagr for the cagr method and forbids it for trend', () => {
    expect(problems((d) => delete d.market.forecast.cagr)).toEqual(['market.forecast.cagr: is required when forecast.method is "cagr"']);
    expect(problems((d) => (d.market.forecast.method = 'trend'))).toEqual([
      'market.forecast.cagr: must be left out when forecast.method is "trend" (the rate is fitted to history)',
    ]);
  });
  it('accepts the trend method without cagr when the published figures agree', () => {
    ok((d) => {
      d.market.forecast = { method: 'trend' };
      d.market.published = [{ year: 2022, value: 4.5, source: 's' }];
    });
  });
  it('rejects a growth rate given as a percentage', () => {
    expect(problems((d) => (d.market.forecast.cagr = 9.5))[0]).toMatch(/^market\.forecast\.cagr: must be less than 1/);
  });
});

describe('segments and companies', () => {
  it('accepts shares within 0.5 % of 100 % and rejects beyond', () => {
    ok((d) => (d.segmentations[1].segments[0].share += 0.004));
    expect(problems((d) => (d.segmentations[1].segments[0].share += 0.006))).toEqual([
      'segmentations[1].segments: segment shares sum to 100.6 %; they must sum to 100 % (within 0.5 %)',
    ]);
  });
  it('rejects duplicate segment names and segmentation ids', () => {
    expect(problems((d) => (d.segmentations[1].segments[2].name = 'cancer'))).toEqual([
      'segmentations[1].segments[2].name: segment "cancer" is listed twice (first at segmentations[1].segments[0])',
    ]);
    expect(problems((d) => (d.segmentations[2].id = 'type'))).toEqual([
      'segmentations[2].id: segmentation id "type" is listed twice (first at segmentations[0])',
    ]);
  });
  it('allows countries only in a region segmentation', () => {
    expect(problems((d) => (d.segmentations[0].segments[0].countries = ['France']))).toEqual([
      'segmentations[0].segments[0].countries: countries may only be listed for a segmentation of kind "region"',
    ]);
  });
  it('does not add up shares the schema already refuses (no "infinite %" sum)', () => {
    const found = problems((d) => {
      d.segmentations[0].segments[0].share = 1e308;
      d.segmentations[0].segments[1].share = 1e308;
      d.companies[0].share = 1e308;
      d.companies[1].share = 1e308;
    });
    expect(found).toHaveLength(4);
    expect(found.every((p) => p.endsWith('must be less than 1 (a share is a fraction)'))).toBe(true);
    // Valid company shares over 100 % are still reported next to one the schema refuses.
    expect(problems((d) => {
      d.companies[0].share = 0.7;
      d.companies[1].share = 0.7;
      d.companies[2].share = 0;
    })).toEqual(expect.arrayContaining([expect.stringMatching(/^companies: company shares sum to 1\d\d(\.\d+)? %/), expect.stringMatching(/^companies\[2\]\.share: /)]));
  });
  it('rejects company shares that add up to more than 100 %', () => {
    expect(problems((d) => (d.companies[0].share = 0.6))).toEqual([
      'companies: company shares sum to 107.5 %; listed shares may add up to at most 100 %',
    ]);
  });
});

describe('placeholders', () => {
  const bad = ['USD XX Billion in 2023', 'a CAGR of XX %', 'TBD', 'see TODO', 'Lorem ipsum dolor', 'Hello {{name}}', 'Key Companies Profiled: keyplayer123', 'company123'];
  for (const text of bad) {
    it(`rejects "${text}"`, () => {
      expect(problems((d) => (d.narrative.methodology = text))).toEqual([expect.stringMatching(/^narrative\.methodology: contains placeholder text/)]);
    });
  }
  const fine = ['XXL devices', 'Axxess', 'todos los pacientes', 'Company 3M', 'World War II, XXth century', 'XXX rated', 'Sizes: XXL and XXX rated, Model XX-1', 'the X-ray and XXXL'];
  for (const text of fine) {
    it(`accepts "${text}"`, () => ok((d) => (d.narrative.methodology = text)));
  }
  it('flags exactly two X standing alone, with or without %', () => {
    for (const text of ['USD XX billion', 'XX', 'a share of XX.X%', '(XX%)', 'grew XX times']) {
      expect(problems((d) => (d.narrative.methodology = text)), text).toEqual([expect.stringMatching(/^narrative\.methodology: contains placeholder text "XX%?"/)]);
    }
  });
  it('finds placeholders in company names too', () => {
    expect(problems((d) => (d.companies[3].name = 'keyplayer123'))).toEqual([expect.stringMatching(/^companies\[3\]\.name: contains placeholder/)]);
  });
});

describe('paths', () => {
  it('rejects logo paths that escape the data folder', () => {
    for (const logo of ['../logo.png', '/etc/logo.png', 'a/../../logo.png', 'C:/logo.png', 'a\\logo.png', 'file:logo.png']) {
      expect(problems((d) => (d.publisher.logo = logo)), logo).toEqual([
        'publisher.logo: must be a relative path inside the data file\'s folder (no "..", no absolute path, no backslashes)',
      ]);
    }
  });
  it('accepts a logo inside the folder', () => ok((d) => (d.publisher.logo = 'assets/logo.png')));
});

describe('published figures', () => {
  it('accepts a figure within 1 % and rejects one just beyond', () => {
    ok((d) => (d.market.published[1].value = 9.28675 * 1.0099));
    expect(problems((d) => (d.market.published[1].value = 9.28675 * 1.0102))).toHaveLength(1);
  });
  it('rejects a published year outside the series', () => {
    expect(problems((d) => (d.market.published[1].year = 2033))).toEqual([
      'market.published[1].year: published year 2033 is outside the computed series (2018-2030)',
    ]);
  });
});

describe('scenarios', () => {
  it('rejects a low case that shrinks to zero', () => {
    const shrinking = (d: Record<string, any>) => {
      d.market.forecast.cagr = -0.3;
      d.market.published = undefined;
      d.market.scenarios.low = -0.75;
      segmentsGrowWithMarket(d);
    };
    expect(problems(shrinking)).toEqual([
      expect.stringMatching(/^market\.scenarios\.low: makes the low case shrink by/),
    ]);
  });
  it('requires low below and high above zero', () => {
    expect(problems((d) => (d.market.scenarios = { low: 0.01, high: -0.01 }))).toHaveLength(2);
  });
});

describe('regional data', () => {
  const years = [2018, 2019, 2020, 2021, 2022, 2023];
  const series = years.map((year) => ({ year, value: 1 }));
  it('accepts production and consumption for region segments over the history years', () => {
    ok((d) => (d.regionalData = { production: { Europe: series }, consumption: { Europe: series } }));
  });
  it('rejects an unknown region and missing years', () => {
    expect(
      problems((d) => (d.regionalData = { production: { Atlantis: series, Europe: series }, consumption: { Europe: series.slice(1) } })),
    ).toEqual([
      'regionalData.production.Atlantis: "Atlantis" is not a segment of the region segmentation (North America, Europe, Asia-Pacific, South America, Middle East and Africa)',
      'regionalData.consumption.Europe: covers no value for history year 2018',
    ]);
  });
  it('rejects a year after the history, at the point, in one block or both (it crashed the build, or printed as an actual)', () => {
    const outside = 'year 2030 is outside the history years (2018-2023): regional data holds actual figures for the history years only';
    expect(
      problems((d) => (d.regionalData = { production: { Europe: [...series, { year: 2030, value: 1 }] }, consumption: { Europe: series } })),
    ).toEqual([`regionalData.production.Europe[6].year: ${outside}`]);
    const later = [...series, { year: 2024, value: 1 }];
    expect(problems((d) => (d.regionalData = { production: { Europe: later }, consumption: { Europe: later } }))).toEqual([
      'regionalData.production.Europe[6].year: year 2024 is outside the history years (2018-2023): regional data holds actual figures for the history years only',
      'regionalData.consumption.Europe[6].year: year 2024 is outside the history years (2018-2023): regional data holds actual figures for the history years only',
    ]);
  });
  it('rejects a region given in one block only (it was dropped from the report without a word)', () => {
    expect(
      problems((d) => (d.regionalData = { production: { Europe: series, 'Asia-Pacific': series }, consumption: { Europe: series, 'North America': series } })),
    ).toEqual([
      'regionalData.consumption: "Asia-Pacific" has production figures but no consumption figures: give both, or neither (a region\'s balance is production minus consumption)',
      'regionalData.production: "North America" has consumption figures but no production figures: give both, or neither (a region\'s balance is production minus consumption)',
    ]);
  });
  it('rejects a year before the history and a year given twice', () => {
    expect(
      problems(
        (d) =>
          (d.regionalData = {
            production: { Europe: [{ year: 2017, value: 1 }, ...series] },
            consumption: { Europe: [...series.slice(0, 3), { year: 2019, value: 2 }, ...series.slice(3)] },
          }),
      ),
    ).toEqual([
      'regionalData.production.Europe[0].year: year 2017 is outside the history years (2018-2023): regional data holds actual figures for the history years only',
      'regionalData.consumption.Europe[3].year: year 2019 is given twice in this series (first at [1])',
    ]);
  });
  it('rejects average prices for unknown category segments', () => {
    expect(
      problems((d) => (d.regionalData = { production: {}, consumption: {}, averagePrice: { Hospitals: series, Mars: series } })),
    ).toEqual(['regionalData.averagePrice.Mars: "Mars" is not a segment of any category segmentation']);
  });
});

describe('schema problems read plainly', () => {
  it('says "is required" for a missing key', () => {
    expect(problems((d) => delete d.narrative.methodology)).toEqual(['narrative.methodology: is required']);
  });
  it('reports a wrong type with its path', () => {
    expect(problems((d) => (d.market.history[1].value = '3.4'))).toEqual(['market.history[1].value: expected number, received string']);
  });
});

describe('published date', () => {
  it('rejects an edition dated before baseYear (it printed "Edition: January 1, 2001" beside 2023 actuals)', () => {
    expect(problems((d) => (d.published = '2001-01-01'))).toEqual([
      'published: the edition date 2001-01-01 is before baseYear (2023): an edition cannot report actual figures for a later year; check the date and baseYear',
    ]);
    expect(problems((d) => (d.published = '2022-12-31'))).toHaveLength(1);
    ok((d) => (d.published = '2023-12-31'));
  });
  it('rejects a date the calendar does not have (it silently became March 1)', () => {
    expect(problems((d) => (d.published = '2024-02-30'))).toEqual(['published: "2024-02-30" is not a date in the calendar (February 2024 has 29 days)']);
    expect(problems((d) => (d.published = '2023-02-29'))).toEqual(['published: "2023-02-29" is not a date in the calendar (February 2023 has 28 days)']);
    expect(problems((d) => (d.published = '2024-04-31'))).toEqual(['published: "2024-04-31" is not a date in the calendar (April 2024 has 30 days)']);
  });
  it('accepts real dates, leap days included, and leaves a malformed one to the format message', () => {
    ok((d) => (d.published = '2024-02-29'));
    ok((d) => (d.published = '2400-02-29')); // divisible by 400: a leap year, unlike 2100
    ok((d) => (d.published = '2024-12-31'));
    expect(problems((d) => (d.published = '2024-13-01'))).toEqual(['published: must be a date like "2024-03-15"']);
    expect(problems((d) => (d.published = '2100-02-29'))).toEqual(['published: "2100-02-29" is not a date in the calendar (February 2100 has 28 days)']);
  });
});

describe('brand colour', () => {
  it('rejects a colour too pale to read on white, with its ratio and a darker suggestion', () => {
    expect(problems((d) => (d.publisher.brandColor = '#FFFFFF'))).toEqual([
      'publisher.brandColor: "#FFFFFF" has a contrast ratio of only 1:1 against the white page; the cover title, headings and chart bars need at least 3:1 to be readable: use a darker colour, such as "#949494"',
    ]);
    expect(problems((d) => (d.publisher.brandColor = '#80f4a6'))[0]).toMatch(/only 1\.36:1 .* such as "#[0-9a-f]{6}"$/);
  });
  it('accepts the default colour and a colour just at 3:1', () => {
    ok((d) => (d.publisher.brandColor = '#1f4e79'));
    ok((d) => (d.publisher.brandColor = '#949494'));
    expect(problems((d) => (d.publisher.brandColor = '#959595'))).toHaveLength(1); // 2.99:1
  });
});

describe('segmentations of kind "region"', () => {
  it('warns about a second one: the regional chapters use the first', () => {
    const d = defaultRaw();
    d.segmentations[0].kind = 'region';
    const r = validateDataset(d, 'x.json');
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      'segmentations[2].kind: is a second segmentation of kind "region"; the regional chapters and regional data use only the first (segmentations[0], "Type"), so this one gets no regional chapters',
    ]);
  });
  it('says nothing about one', () => {
    expect(validateDataset(defaultRaw(), 'x.json').warnings).toEqual([]);
  });
});

describe('zod\'s limits in plain words', () => {
  it('says "must be greater than", "at most", "at least" and "needs at least 1 item"', () => {
    expect(problems((d) => (d.companies[0].revenue = 0))).toEqual(['companies[0].revenue: must be greater than 0']);
    expect(problems((d) => (d.companies[0].founded = 2300))).toEqual(['companies[0].founded: must be at most 2200']);
    expect(problems((d) => (d.companies[0].founded = 999))).toEqual(['companies[0].founded: must be at least 1000']);
    expect(problems((d) => (d.market.scenarios.high = 1))).toEqual(['market.scenarios.high: must be less than 1']);
    expect(problems((d) => (d.sample = { chapters: [] }))).toEqual(['sample.chapters: needs at least 1 item']);
    expect(problems((d) => (d.publisher.phone = '12'))).toEqual(['publisher.phone: must be at least 3 characters long']);
    expect(problems((d) => (d.sample = { chapters: [1.5] }))).toEqual(['sample.chapters[0]: must be a whole number']);
  });
  it('keeps the schema\'s own words where it has them', () => {
    expect(problems((d) => (d.market.history[0].year = 2018.5))).toEqual(['market.history[0].year: must be a whole year']);
    expect(problems((d) => (d.segmentations[0].segments[0].share = 0))[0]).toBe('segmentations[0].segments[0].share: must be greater than 0');
    expect(problems((d) => (d.market.history = d.market.history.slice(4)))).toEqual(['market.history: needs at least 3 years of history']);
  });
  it('never shows zod\'s raw wording', () => {
    const p = problems((d) => {
      d.companies[0].revenue = -1;
      d.companies[1].founded = 3000;
      d.companies[2].share = 0;
      d.segmentations[0].segments = d.segmentations[0].segments.concat(Array.from({ length: 30 }, (_, i) => ({ name: `S${i}`, share: 0.001 })));
      d.narrative.sources = [];
      d.sample = { chapters: [0] };
      d.locale = 'x';
    });
    expect(p.length).toBeGreaterThanOrEqual(7);
    for (const line of p) expect(line).not.toMatch(/Too (small|big)|expected \w+ to (be|have)/);
  });
});
