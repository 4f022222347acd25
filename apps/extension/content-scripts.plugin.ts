/**
 * Build plugin: the content script as one standalone IIFE (`content/main.js`), declared in the
 * manifest with the adapters' match patterns. Standalone = no loader, no chunks shared with the
 * worker or the pages, nothing web-accessible; a page loads exactly this file. Workspace packages
 * are tree-shaken as side-effect free (their modules only declare things), so e.g. canonicalSymbol
 * does not drag valibot schemas into every page. (crxjs' own `standaloneFiles` build cannot take
 * tree-shaking options, hence this plugin.)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';

export const CONTENT_SCRIPT_ENTRY = 'src/content/main.ts';
export const CONTENT_SCRIPT_FILE = 'content/main.js';
const PURE_MODULES = /\/packages\/(core|market-data)\/src\/|\/node_modules\/(valibot|idb)\//;

export async function buildContentScript(root: string, minify = true): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      write: false,
      minify,
      target: 'chrome116',
      copyPublicDir: false,
      rollupOptions: {
        input: resolve(root, CONTENT_SCRIPT_ENTRY),
        treeshake: { moduleSideEffects: (file) => !PURE_MODULES.test(file) },
        output: { format: 'iife', entryFileNames: CONTENT_SCRIPT_FILE, inlineDynamicImports: true },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error('content script: no output');
  return chunk.code;
}

export function contentScript(matches: readonly string[]): Plugin {
  let root = process.cwd();
  let minify = true;
  return {
    name: 'rotation-lens:content-script',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      minify = config.build.minify !== false;
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: CONTENT_SCRIPT_FILE, source: await buildContentScript(root, minify) });
    },
    // crx() finalises manifest.json late in generateBundle; declare the script in the written file.
    async writeBundle(options) {
      const file = join(options.dir ?? resolve(root, 'dist'), 'manifest.json');
      const manifest = JSON.parse(await readFile(file, 'utf8')) as { content_scripts?: unknown[] };
      manifest.content_scripts = [{ matches: [...matches], js: [CONTENT_SCRIPT_FILE], run_at: 'document_idle' }];
      await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
