/** `pnpm --filter @rotation-lens/extension bench`: runs every extension benchmark and prints one line each. */
import { runScanBench } from './scan.ts';
import { runSizeBench } from './size.ts';

runScanBench();
runSizeBench();
