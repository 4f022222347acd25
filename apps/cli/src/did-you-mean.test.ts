import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from './did-you-mean.ts';

const FLAGS = ['small', 'large', 'data', 'provider', 'as-of', 'price', 'window', 'api-key', 'cache-dir', 'json', 'offline', 'help'];

describe('closest', () => {
  it.each([
    ['smal', 'small'],
    ['jsn', 'json'],
    ['windw', 'window'],
    ['asof', 'as-of'],
    ['providr', 'provider'],
    ['win', 'window'],
    ['JSON', 'json'],
  ])('%s → %s', (typed, expected) => {
    expect(closest(typed, FLAGS)).toBe(expected);
  });

  it('fixes a transposition in a command', () => {
    expect(closest('reprot', ['report', 'scan'])).toBe('report');
    expect(closest('sacn', ['report', 'scan'])).toBe('scan');
  });

  it('suggests nothing for unrelated words or an ambiguous prefix', () => {
    expect(closest('verbose', FLAGS)).toBeNull();
    expect(closest('colour', FLAGS)).toBeNull();
    expect(closest('p', FLAGS)).toBeNull();
    expect(closest('pr', FLAGS)).toBeNull(); // provider or price
  });

  it('formats the suffix, empty when there is no guess', () => {
    expect(didYouMean('jsn', FLAGS, '--')).toBe(' (did you mean --json?)');
    expect(didYouMean('frobnicate', FLAGS, '--')).toBe('');
  });
});
