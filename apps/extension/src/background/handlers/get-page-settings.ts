/** get-page-settings: the content script's view of the settings (src/contracts/page-settings.ts). */
import { pageSettingsOf } from '../../contracts/page-settings.ts';
import type { Handler } from './types.ts';

export const getPageSettings: Handler<'get-page-settings'> = async (req, ctx) => pageSettingsOf(await (req.fresh ? ctx.freshSettings() : ctx.settings()));
