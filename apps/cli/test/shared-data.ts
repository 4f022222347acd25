import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** /work/shared/data, found relative to the repo (apps/cli/test → ../../../../shared/data). Never copied in. */
export const SHARED_DATA = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data');
export const PRICES = join(SHARED_DATA, 'prices');
export const HAS_PRICES = existsSync(join(PRICES, 'IWM.csv'));
