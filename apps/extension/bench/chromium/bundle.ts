/** Bundles a browser-side bench entry (TypeScript, workspace imports) into one IIFE string with Vite. */
import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

const APP_ROOT = resolve(import.meta.dirname, '..', '..');

export async function bundleIife(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    root: APP_ROOT,
    logLevel: 'warn',
    build: {
      write: false,
      minify: !process.env['BENCH_NO_MINIFY'], // BENCH_NO_MINIFY=1: readable names in CPU profiles
      target: 'chrome116',
      copyPublicDir: false,
      rollupOptions: { input: resolve(entry), output: { format: 'iife', entryFileNames: 'bench.js', inlineDynamicImports: true } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error(`bundle of ${entry}: no output`);
  return chunk.code;
}
