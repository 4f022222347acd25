/**
 * Build plugin: one content script per supported site (`content/<site>.js`), each a standalone IIFE
 * built from a generated entry that passes only that site's adapter to the shared runtime
 * (src/content/main.ts), and declared in the manifest with that site's match patterns. Standalone =
 * no loader, no chunks shared with the worker, the pages or the other sites, nothing web-accessible;
 * a page loads exactly its site's file. Workspace packages and the site adapters are tree-shaken as
 * side-effect free, so e.g. canonicalSymbol does not drag valibot schemas into pages.
 * (crxjs' own `standaloneFiles` build cannot take tree-shaking options, hence this plugin.)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';

export const CONTENT_RUNTIME = 'src/content/main.ts';
export const contentScriptFile = (site: string): string => `content/${site}.js`;
/**
 * Modules that only declare things (no top-level effects), so unused ones are dropped whole. The site
 * adapters are among them: the runtime imports `findAnchor` through the registry (sites/index.ts),
 * which must not pull the other 14 adapters into a site's file.
 */
const PURE_MODULES = /\/packages\/(core|market-data)\/src\/|\/node_modules\/(valibot|idb)\/|\/src\/content\/sites\/|\/src\/shared\/sites\.ts$/;
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

/** One site's content script, built (minified unless told) in memory: the code of `content/<site>.js`. */
export async function buildContentScript(root: string, site: string, minify = true): Promise<Rolldown.OutputChunk> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [siteEntry(root)],
    build: {
      write: false,
      minify,
      target: 'chrome116',
      copyPublicDir: false,
      rollupOptions: {
        input: ENTRY_PREFIX + site,
        treeshake: { moduleSideEffects: (file) => !PURE_MODULES.test(file) },
        output: { format: 'iife', entryFileNames: contentScriptFile(site) },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`content script ${site}: expected one file, got ${chunks.length}`);
  return chunks[0]!;
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
      const built = await Promise.all(sites.map((s) => buildContentScript(root, s.id, minify)));
      for (const [i, s] of sites.entries()) this.emitFile({ type: 'asset', fileName: contentScriptFile(s.id), source: built[i]!.code });
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
