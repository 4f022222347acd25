/** `pnpm --filter @rotation-lens/extension bench`: runs every extension benchmark and prints one line each. */
import { runExtensionBench } from './chromium/extension.ts';
import { runScanBenchChromium } from './chromium/scan.ts';
import { runScanBench } from './scan.ts';
import { runSizeBench } from './size.ts';

runScanBench();
runSizeBench();
await runScanBenchChromium();
await runExtensionBench();
