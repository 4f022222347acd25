/**
 * Build plugin: the popup page is built on its own, so that what its first frame needs arrives as
 * one JS module and one stylesheet, fetched in parallel straight from the HTML. An extension page's
 * files are served one by one by the browser while it is still busy opening the page; in the main
 * build the popup shared eight chunks with the options page and the worker (Preact, settings,
 * formatting), each one more fetch and compile before the first frame.
 * The popup's own build (`popup/…` in the output, not shared with any other page) has:
 *  - `popup/popup-<hash>.js`: the entry (`src/popup/main.tsx`) with everything it imports statically;
 *  - `popup/popup-<hash>.css`: all of its CSS;
 *  - `popup/<name>-<hash>.js`: what it imports on demand (settings store, uPlot), loaded after the first paint.
 * The page's source HTML keeps its `<script src="./main.tsx">` (the dev server serves it); in a
 * build that tag is dropped before Vite reads the page, and the built files are linked instead.
 */
import { build, type Plugin, type PluginOption, type Rolldown } from 'vite';

export const POPUP_DIR = 'popup';

export interface PopupBuild {
  /** The entry module (popup/popup-<hash>.js). */
  entry: Rolldown.OutputChunk;
  /** Every file of the popup's build: path in the extension → contents. */
  files: Map<string, string | Uint8Array>;
  /** The one stylesheet of the entry. */
  css: string;
}

/** Builds `entry` standalone (ES module, its lazy imports as chunks of its own) in memory. */
export async function buildPopup(root: string, entry: string, opts: { minify: boolean; target: string | string[]; plugins: PluginOption[] }): Promise<PopupBuild> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: opts.plugins,
    build: {
      write: false,
      minify: opts.minify,
      target: opts.target,
      sourcemap: false,
      copyPublicDir: false,
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: { popup: entry },
        output: { format: 'es', entryFileNames: `${POPUP_DIR}/[name]-[hash].js`, chunkFileNames: `${POPUP_DIR}/[name]-[hash].js`, assetFileNames: `${POPUP_DIR}/[name]-[hash][extname]` },
      },
    },
  });
  const output = (Array.isArray(result) ? result : [result]).flatMap((r) => (r as Rolldown.RolldownOutput).output);
  const entries = output.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk' && o.isEntry);
  if (entries.length !== 1) throw new Error(`popup build: expected one entry, got ${entries.length}`);
  const css = [...(entries[0]!.viteMetadata?.importedCss ?? [])];
  if (css.length !== 1) throw new Error(`popup build: expected one stylesheet for the entry, got ${css.length}`);
  return { entry: entries[0]!, css: css[0]!, files: new Map(output.map((o) => [o.fileName, o.type === 'chunk' ? o.code : o.source])) };
}

/** The page's HTML without its module scripts (the source's `./main.tsx`). */
export const withoutModuleScripts = (html: string): string => html.replace(/\s*<script\b[^>]*type="module"[^>]*>[\s\S]*?<\/script>/g, '');

/**
 * The built page's head: its one module and its one stylesheet, both fetched as the HTML is read. The
 * module is `async`: it runs as soon as it arrives rather than after the stylesheet (as a deferred
 * module would), so its storage read and first render overlap the stylesheet's fetch (main.tsx).
 */
export function linkPopup(html: string, built: Pick<PopupBuild, 'entry' | 'css'>): string {
  const tags = `    <script type="module" async crossorigin src="/${built.entry.fileName}"></script>\n    <link rel="stylesheet" crossorigin href="/${built.css}">\n  </head>`;
  if (!html.includes('</head>')) throw new Error('popup page: no </head> to link its files in');
  return html.replace(/\s*<\/head>/, `\n${tags}`);
}

/** Builds the page `htmlFile` (path ending, e.g. src/popup/index.html) from `entry` on its own. */
export function popupPage(htmlFile: string, entry: string, plugins: () => PluginOption[]): Plugin {
  let root = process.cwd();
  let minify = true;
  let target: string | string[] = 'chrome116';
  let built: Promise<PopupBuild> | null = null;
  const isPage = (file: string) => file.replaceAll('\\', '/').endsWith(htmlFile);
  return {
    name: 'rotation-lens:popup-page',
    apply: 'build',
    // After Vite's HTML plugin has put the page in the bundle.
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      minify = config.build.minify !== false;
      target = config.build.target === false ? 'esnext' : config.build.target;
    },
    buildStart() {
      built = buildPopup(root, `${root}/${entry}`, { minify, target, plugins: plugins() });
      // Awaited in the hooks below; a failure there fails the build.
      built.catch(() => undefined);
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) => (isPage(ctx.filename) ? withoutModuleScripts(html) : html),
    },
    async generateBundle(_options, bundle) {
      if (!built) throw new Error('popup page: not built');
      const { files, entry: main, css } = await built;
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
      const page = Object.values(bundle).find((o) => o.type === 'asset' && isPage(o.fileName));
      if (page?.type !== 'asset') throw new Error(`popup page: ${htmlFile} is not in the build`);
      page.source = linkPopup(String(page.source), { entry: main, css });
    },
  };
}
