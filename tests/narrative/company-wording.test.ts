// What the report says about its companies, for the datasets reviewers read:
// no company value is explained where no company has a share (733-2, 733-5).
import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../fixtures.js';
import { noShareDataset } from '../pdf/datasets.js';
import { renderedNarrative as report } from './rendered.js';

const VALUE_SENTENCE = /A company's value is its \d{4} share applied to the \d{4} market size\./;

describe('the methodology', () => {
  it('explains a company\'s value only when some company has a share', async () => {
    expect((await report(defaultDataset())).text.methodology).toMatch(VALUE_SENTENCE);
    const { text } = await report(noShareDataset());
    expect(text.methodology).not.toMatch(/company's value/);
  });
});
