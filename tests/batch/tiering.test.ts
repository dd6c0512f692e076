// The worker pool raises V8's tiering budget unless node's command line set it.
import { describe, expect, it } from 'vitest';
import { budgetGiven } from '../../src/batch/pool.js';

describe("the pool's tiering budget", () => {
  it("yields to a budget given on node's command line, in either spelling", () => {
    expect(budgetGiven(['--interrupt-budget=67584'])).toBe(true);
    expect(budgetGiven(['--max-old-space-size=512', '--interrupt_budget=1000'])).toBe(true);
    expect(budgetGiven(['--interrupt-budget', '1000'])).toBe(true);
  });

  it('is not given by other flags, even ones that start with the same words', () => {
    expect(budgetGiven([])).toBe(false);
    expect(budgetGiven(['--interrupt-budget-for-feedback-allocation=940', '--interrupt-budget-factor-for-feedback-allocation=8'])).toBe(false);
    expect(budgetGiven(['--max-old-space-size=512', '--enable-source-maps'])).toBe(false);
  });
});
