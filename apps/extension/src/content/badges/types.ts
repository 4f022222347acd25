/**
 * What a badge shows, independent of the DOM: built from a view by one model function per badge
 * (rs.ts, discount.ts, streak.ts, rotation.ts — run by the worker, src/background/badge-texts.ts)
 * and drawn by render.ts. The model types are a shared contract (src/shared/badge-model.ts).
 */
import type { Settings } from '../../shared/settings.ts';

export type { BadgeKind, BadgeModel, BadgeState, BadgeTexts, Tone } from '../../shared/badge-model.ts';

export type { PageSettings } from '../../shared/messages.ts';

export type Density = Settings['density'];
