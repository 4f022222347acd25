// @vitest-environment node
/**
 * The built popup page loads what its first frame needs as one module and one stylesheet, both
 * linked from its HTML (popup-page.plugin.ts; the module async, so it need not wait for the
 * stylesheet): the entry imports no other file before it runs, and
 * the chart code (uPlot) is not in it — the chart loads after the first paint.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkPopup, withoutModuleScripts } from '../popup-page.plugin.ts';

const DIST = join(resolve(import.meta.dirname, '..'), 'dist');
const POPUP_HTML = join(DIST, 'src/popup/index.html');
const HAVE_DIST = existsSync(POPUP_HTML);

const attrs = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!.replace(/^\//, ''));
const js = (file: string) => readFileSync(join(DIST, file), 'utf8');

describe('popup page HTML (popup-page.plugin.ts)', () => {
  const source = '<head>\n    <title>t</title>\n  </head>\n  <body>\n    <div id="app"></div>\n    <script type="module" src="./main.tsx"></script>\n  </body>';
  it('drops the source module script and links the built module and stylesheet in the head', () => {
    const html = linkPopup(withoutModuleScripts(source), { entry: { fileName: 'popup/popup-1.js' } as never, css: 'popup/popup-2.css' });
    expect(html).not.toContain('main.tsx');
    expect(attrs(html, /<script type="module"[^>]*src="([^"]+)"/g)).toEqual(['popup/popup-1.js']);
    // async: it runs as soon as it arrives, not after the stylesheet.
    expect(html).toMatch(/<script type="module" async\b/);
    expect(attrs(html, /<link rel="stylesheet"[^>]*href="([^"]+)"/g)).toEqual(['popup/popup-2.css']);
    expect(html.indexOf('popup-2.css')).toBeLessThan(html.indexOf('</head>'));
  });
});

describe.skipIf(!HAVE_DIST)('built popup page (dist/)', () => {
  const html = HAVE_DIST ? readFileSync(POPUP_HTML, 'utf8') : '';
  const scripts = attrs(html, /<script\b[^>]*src="([^"]+)"/g);
  const styles = attrs(html, /<link rel="stylesheet"[^>]*href="([^"]+)"/g);

  it('one module and one stylesheet, nothing else to fetch before the first frame', () => {
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(html).not.toContain('modulepreload');
    // No static import: the module runs as soon as it arrives.
    expect(js(scripts[0]!)).not.toMatch(/(?:^|[;\s}])import\s*(?:[\w{*][^"'`]*from\s*)?["'`]/);
  });

  it('what the popup loads on demand is its own (popup/), never a chunk of another page', () => {
    const lazy = [...js(scripts[0]!).matchAll(/import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g)].map((m) => m[1]!);
    expect(lazy.length).toBeGreaterThan(0);
    for (const f of lazy) expect(existsSync(join(DIST, 'popup', f)), f).toBe(true);
  });

  it('no chart code (uPlot) before the first paint', () => {
    expect(js(scripts[0]!)).not.toMatch(/uPlot\.prototype|class uPlot|function uPlot\(/);
  });
});
