/**
 * Build plugin: an extension page whose entry loads its app with `import()` (so the entry can start
 * a storage read first: src/popup/main.tsx) gets that app chunk, its static imports and its CSS
 * listed in the page's HTML — `<link rel="modulepreload">` and the stylesheet — so the browser
 * fetches them beside the entry instead of one round trip after it, and the page's CSS is all in
 * its HTML as with a static import (Vite's own runtime preload then finds them already there).
 */
import type { HtmlTagDescriptor, Plugin, Rolldown } from 'vite';

type Bundle = Record<string, Rolldown.OutputChunk | Rolldown.OutputAsset>;

/** `file` and every chunk it imports statically, transitively (each once, `file` first). */
export function staticClosure(bundle: Bundle, file: string, seen = new Set<string>()): string[] {
  const chunk = bundle[file];
  if (seen.has(file) || chunk?.type !== 'chunk') return [];
  seen.add(file);
  return [file, ...chunk.imports.flatMap((f) => staticClosure(bundle, f, seen))];
}

/** For the page `htmlFile` (path ending), preloads the chunk of the module whose id ends with `appModule`. */
export function preloadDynamicApp(htmlFile: string, appModule: string): Plugin {
  return {
    name: 'rotation-lens:preload-dynamic-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.filename.replaceAll('\\', '/').endsWith(htmlFile)) return html;
        const bundle = ctx.bundle as Bundle;
        const app = Object.values(bundle).find((c): c is Rolldown.OutputChunk => c.type === 'chunk' && !!c.facadeModuleId?.endsWith(appModule));
        if (!app) throw new Error(`preload: no chunk for ${appModule} (is it still imported with import()?)`);
        const files = staticClosure(bundle, app.fileName).filter((f) => !html.includes(f));
        const css = files.flatMap((f) => [...((bundle[f] as Rolldown.OutputChunk).viteMetadata?.importedCss ?? [])]).filter((f) => !html.includes(f));
        const tags: HtmlTagDescriptor[] = [
          ...files.map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${f}` }, injectTo: 'head' as const })),
          ...[...new Set(css)].map((f) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `/${f}` }, injectTo: 'head' as const })),
        ];
        return { html, tags };
      },
    },
  };
}
