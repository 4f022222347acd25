/**
 * Build plugin: one content script per supported site (`content/<site>.js`), each a standalone IIFE
 * built from a generated entry that passes only that site's adapter to the shared runtime
 * (src/content/main.ts), and declared in the manifest with that site's match patterns. Standalone =
 * no loader, no chunks shared with the worker, the pages or the other sites, nothing web-accessible;
 * a page loads its site's file first, and that file carries the article scanner (an article's first
 * badges wait for no worker). The on-demand card module is built the same way but declared nowhere:
 * `content/card.js` (hover card), injected by the worker into a tab that asks for it (chrome.scripting;
 * src/background/handlers/load-module.ts), and so is the generic script for pages on no supported site (`content/page.js`, ANY_PAGE_FILE).
 * Workspace packages and the site adapters are tree-shaken as side-effect free, so e.g.
 * canonicalSymbol does not drag valibot schemas into pages; a site's script gets only its own row of
 * the site table (contracts/sites.ts), resolved at build time.
 * (crxjs' own `standaloneFiles` build cannot take tree-shaking options, hence this plugin.)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import { SITE_HOSTS, type SiteId, siteMatches } from './src/contracts/sites.ts';

export const CONTENT_RUNTIME = 'src/content/main.ts';
export const contentScriptFile = (site: string): string => `content/${site}.js`;
/** On-demand modules: name → entry (registers itself, src/content/modules/registry.ts); built as `content/<name>.js`. */
export const CONTENT_MODULES = { card: 'src/content/card/module.ts' } as const;
export type ContentModuleName = keyof typeof CONTENT_MODULES;
/**
 * The generic content script (`content/page.js`): the runtime with the generic adapter, for a
 * page on no supported site. Declared in no manifest entry: the worker injects it into a tab the reader
 * asked to badge and registers it for the sites they added (background/any-page/). It uses the card
 * module like a site's script does; its own budget is checked apart (test/build.test.ts).
 */
export const ANY_PAGE_ENTRY = 'src/content/anypage/entry.ts';
export const ANY_PAGE_FILE = 'content/page.js';
/**
 * Modules that only declare things (no top-level effects), so unused ones are dropped whole. The site
 * adapters are among them: the runtime imports `findAnchor` through the registry (sites/index.ts),
 * which must not pull the other 14 adapters into a site's file.
 */
const PURE_MODULES = /\/packages\/(core|market-data|present)\/src\/|\/node_modules\/(valibot|idb)\/|\/src\/content\/sites\/|\/src\/contracts\/(sites|page-kit|send)\.ts$|\/src\/settings\/layout\.ts$/;
const ENTRY_PREFIX = '\0rotation-lens-content:';

/** What the manifest needs of a site: its id (= adapter file and export name) and match patterns. */
export interface ContentSite {
  id: string;
  matches: readonly string[];
}

/** The generated per-site entry: that site's adapter (src/content/sites/<id>.ts) and the runtime. */
function siteEntry(root: string): Rolldown.Plugin {
  return {
    name: 'rotation-lens:site-entry',
    resolveId: (id) => (id.startsWith(ENTRY_PREFIX) ? id : null),
    load(id) {
      if (!id.startsWith(ENTRY_PREFIX)) return null;
      const site = id.slice(ENTRY_PREFIX.length);
      if (!/^[a-z]+$/.test(site)) throw new Error(`content script: bad site id ${JSON.stringify(site)}`);
      const adapter = JSON.stringify(resolve(root, `src/content/sites/${site}.ts`));
      return `import { ${site} } from ${adapter};\nimport { runContentScript } from ${JSON.stringify(resolve(root, CONTENT_RUNTIME))};\nrunContentScript(${site});\n`;
    },
  };
}

/** The site table (src/contracts/sites.ts), which in a site's build resolves to that site's own row. */
const SITES_MODULE = 'src/contracts/sites.ts';

/**
 * In a site's build: `contracts/sites.ts` resolves to that site's row of the table — its hosts and match
 * patterns, read from the table at build time — so a page carries no other site's. An adapter asking
 * for anything else of the table fails the build (missing export), never a wrong value.
 */
function ownSiteRow(root: string, site: string): Plugin {
  const table = resolve(root, SITES_MODULE);
  const rowId = `\0rotation-lens-site-row:${site}`;
  return {
    name: 'rotation-lens:own-site-row',
    enforce: 'pre',
    resolveId(source, importer) {
      const target = source.startsWith('.') && importer ? resolve(dirname(importer), source) : source;
      return target === table ? rowId : null;
    },
    load(id) {
      if (id !== rowId) return null;
      const hosts = SITE_HOSTS[site as SiteId];
      if (!hosts) throw new Error(`content script: no row for site ${JSON.stringify(site)} in ${SITES_MODULE}`);
      return `export const SITE_HOSTS = ${JSON.stringify({ [site]: hosts })};\nexport const siteMatches = () => ${JSON.stringify(siteMatches(site as SiteId))};\n`;
    },
  };
}

/** One standalone IIFE from `input`, built (minified unless told) in memory. */
async function buildIife(root: string, input: string, fileName: string, minify: boolean, plugins: Plugin[] = []): Promise<Rolldown.OutputChunk> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [siteEntry(root), ...plugins],
    build: {
      write: false,
      minify,
      target: 'chrome116',
      copyPublicDir: false,
      rollupOptions: {
        input,
        treeshake: { moduleSideEffects: (file) => !PURE_MODULES.test(file) },
        output: { format: 'iife', entryFileNames: fileName },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`${fileName}: expected one file, got ${chunks.length}`);
  return chunks[0]!;
}

/** One site's content script: the code of `content/<site>.js`. */
export function buildContentScript(root: string, site: string, minify = true): Promise<Rolldown.OutputChunk> {
  return buildIife(root, ENTRY_PREFIX + site, contentScriptFile(site), minify, [ownSiteRow(root, site)]);
}

/** One on-demand module: the code of `content/<name>.js`. */
export function buildContentModule(root: string, name: ContentModuleName, minify = true): Promise<Rolldown.OutputChunk> {
  return buildIife(root, resolve(root, CONTENT_MODULES[name]), contentScriptFile(name), minify);
}

/** The generic content script: the code of `content/page.js`. */
export function buildAnyPageScript(root: string, minify = true): Promise<Rolldown.OutputChunk> {
  return buildIife(root, resolve(root, ANY_PAGE_ENTRY), ANY_PAGE_FILE, minify);
}

/** The manifest's content_scripts: one entry per site, its own file on its own match patterns. */
export function contentScriptEntries(sites: readonly ContentSite[]): { matches: string[]; js: string[]; run_at: 'document_idle' }[] {
  return sites.map((s) => ({ matches: [...s.matches], js: [contentScriptFile(s.id)], run_at: 'document_idle' }));
}

export function contentScripts(sites: readonly ContentSite[]): Plugin {
  let root = process.cwd();
  let minify = true;
  return {
    name: 'rotation-lens:content-scripts',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      minify = config.build.minify !== false;
    },
    async generateBundle() {
      const modules = Object.keys(CONTENT_MODULES) as ContentModuleName[];
      const built = await Promise.all([
        ...sites.map((s) => buildContentScript(root, s.id, minify)),
        ...modules.map((m) => buildContentModule(root, m, minify)),
        buildAnyPageScript(root, minify),
      ]);
      for (const chunk of built) this.emitFile({ type: 'asset', fileName: chunk.fileName, source: chunk.code });
    },
    // crx() finalises manifest.json late in generateBundle; declare the scripts in the written file.
    async writeBundle(options) {
      const file = join(options.dir ?? resolve(root, 'dist'), 'manifest.json');
      const manifest = JSON.parse(await readFile(file, 'utf8')) as { content_scripts?: unknown[] };
      manifest.content_scripts = contentScriptEntries(sites);
      await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
