import { describe, expect, it } from 'vitest';
import { blankShell, NOOP_SCRIPT, withNoopFirst } from './bench-dist.ts';

const POPUP = `<!doctype html>
<html lang="en">
  <head>
    <title>Rotation Lens</title>
    <script type="module" crossorigin src="/assets/index.html-1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/a.js">
    <link rel="stylesheet" crossorigin href="/assets/a.css">
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>`;

describe('bench floors', () => {
  it('the blank shell is the popup page without scripts or module preloads, stylesheets and #app kept', () => {
    const blank = blankShell(POPUP);
    expect(blank).not.toMatch(/<script|modulepreload/);
    expect(blank).toContain('<link rel="stylesheet" crossorigin href="/assets/a.css">');
    expect(blank).toContain('<div id="app"></div>');
    expect(blank).toContain('<title>Rotation Lens</title>');
  });

  it('the no-op content script comes first, on every site, at the real scripts’ run_at', () => {
    const entries = [
      { matches: ['https://a.com/*'], js: ['content/a.js'], run_at: 'document_idle' },
      { matches: ['https://b.com/*', 'https://a.com/*'], js: ['content/b.js'], run_at: 'document_idle' },
    ];
    const out = withNoopFirst(entries);
    expect(out[0]).toEqual({ matches: ['https://a.com/*', 'https://b.com/*'], js: [NOOP_SCRIPT], run_at: 'document_idle' });
    expect(out.slice(1)).toEqual(entries);
  });

  it('scripts at different run_at have no single floor', () => {
    expect(() =>
      withNoopFirst([
        { matches: ['https://a.com/*'], js: ['a.js'], run_at: 'document_idle' },
        { matches: ['https://b.com/*'], js: ['b.js'], run_at: 'document_end' },
      ]),
    ).toThrow(/one no-op floor/);
  });
});
