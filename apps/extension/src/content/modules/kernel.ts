/**
 * What the content script shares with its on-demand modules instead of each carrying a copy: the
 * symbol code every site script already has (canonicalSymbol and its exchange tables, the adapters'
 * URL helpers). `shareKernel()` registers it; inside a module build, imports of these functions
 * resolve to kernel-client.ts (content-scripts.plugin.ts), which calls the registered ones.
 * Same source, same behaviour: the scanner's unit tests run it with direct imports.
 */
import { canonicalSymbol, isTickerShape } from '@rotation-lens/market-data';
import { linkUrl, pathSymbol } from '../sites/lib/url.ts';
import type { Kernel } from './contracts.ts';
import { registerModule } from './registry.ts';

const KERNEL: Kernel = { canonicalSymbol, isTickerShape, linkUrl, pathSymbol };

export const shareKernel = (): void => registerModule('kernel', KERNEL);
