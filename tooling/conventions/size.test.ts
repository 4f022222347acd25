import { describe, expect, it } from 'vitest';
import { type FunctionSize, functionSizes } from './function-size.ts';
import { readRepoFile, repoFiles } from './repo.ts';

/**
 * Size rules (the README's "files under ~300 lines, functions short"):
 *  - no file of code is over 300 lines — every .ts, .tsx and .mjs file except unit tests (*.test.*,
 *    *.spec.*), fixtures and type declarations;
 *  - no function in product code, test support, scripts or benchmarks is over 80 lines of code outside
 *    JSX markup (test and e2e files excepted: a `describe` block is a list of cases, not a function
 *    to read). Counted by function-size.ts: blank and comment-only lines and lines of JSX markup are
 *    left out, and a nested function counts in the function around it (a long closure is long).
 */
const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 80;

const files = repoFiles().filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !f.endsWith('.d.ts') && !f.includes('fixtures/'));
const isUnitTest = (f: string): boolean => /\.(test|spec)\.[a-z]+$/.test(f);
const isTest = (f: string): boolean => isUnitTest(f) || /\.e2e\.ts$/.test(f);
const lineCount = (text: string): number => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

describe('size', () => {
  it(`no file of code is over ${MAX_FILE_LINES} lines (unit tests and fixtures excepted)`, () => {
    const long = files.filter((f) => !isUnitTest(f)).filter((f) => lineCount(readRepoFile(f)) > MAX_FILE_LINES);
    expect(long).toEqual([]);
  });

  it(`no function is over ${MAX_FUNCTION_LINES} lines of code outside JSX markup (tests excepted)`, () => {
    const sizes: FunctionSize[] = files.filter((f) => !isTest(f)).flatMap((f) => functionSizes(f, readRepoFile(f)));
    const long = sizes.filter((s) => s.lines > MAX_FUNCTION_LINES);
    expect(long.map((s) => `${s.at} ${s.name}: ${s.lines} lines`)).toEqual([]);
  });
});

describe('function-size (the measure)', () => {
  it('counts code lines, not blank or comment lines, and a nested function inside its outer one', () => {
    const src = ['function outer() {', '  // a comment', '', '  const inner = () => {', '    return 1;', '  };', '  return inner();', '}', ''].join('\n');
    expect(functionSizes('x.ts', src).map((s) => [s.name, s.lines])).toEqual([
      ['outer', 6],
      ['inner', 3],
    ]);
  });

  it('leaves out the lines of JSX markup, embedded code included', () => {
    const src = ['function View({ n }: { n: number }) {', '  const twice = n * 2;', '  return (', '    <p>', '      {twice > 1 ? <b>{twice}</b> : null}', '    </p>', '  );', '}', ''].join('\n');
    expect(functionSizes('x.tsx', src)).toEqual([{ at: 'x.tsx:1', name: 'View', lines: 5 }]);
  });
});
