import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readRepoFile, repoFiles } from './repo.ts';

const files = repoFiles();
const isSource = (f: string) => /\.(ts|tsx)$/.test(f) && !/\.d\.ts$/.test(f);

describe('source rules', () => {
  it('extension source never uses HTML-string or code-string APIs', () => {
    const offenders: string[] = [];
    const pattern = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML)\b|\beval\(|new Function\(/;
    for (const f of files.filter((f) => f.startsWith('apps/extension/src/') && isSource(f))) {
      if (f.endsWith('.test.ts') || f.endsWith('.test.tsx')) continue;
      readRepoFile(f)
        .split('\n')
        .forEach((line, i) => {
          if (pattern.test(line)) offenders.push(`${f}:${i + 1}`);
        });
    }
    expect(offenders).toEqual([]);
  });

  it('the extension never asks for <all_urls>', () => {
    // A quoted "<all_urls>" in product code or config is a request; prose in comments is not.
    const quoted = /["'`]<all_urls>["'`]/;
    const hits = files
      .filter((f) => f.startsWith('apps/extension/') && /\.(ts|json)$/.test(f) && !/\.(test|e2e)\.ts$/.test(f))
      .filter((f) => quoted.test(readRepoFile(f)));
    expect(hits).toEqual([]);
  });

  it('no focused or skipped tests are left behind', () => {
    const hits = files
      .filter((f) => /\.(test|e2e)\.tsx?$/.test(f) && f !== 'tooling/conventions/source-rules.test.ts')
      .filter((f) => /\b(it|test|describe)\.(only|skip)\(/.test(readRepoFile(f)));
    expect(hits).toEqual([]);
  });

  it('real market data stays in ../shared: no large data files in the repo', () => {
    const big = files
      .filter((f) => /\.(csv|json|tsv)$/.test(f) && f !== 'pnpm-lock.yaml')
      .filter((f) => statSync(join(ROOT, f)).size > 400 * 1024);
    expect(big).toEqual([]);
  });
});
