/** @rotation-lens/present: how numbers are written, one formatter for the extension and the CLI. */
export * from './numbers.ts';
