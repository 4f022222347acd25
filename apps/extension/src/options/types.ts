import type { Settings } from '../settings/schema.ts';
import type { SettingsArea } from '../settings/store.ts';

/**
 * How a section changes settings: edit the draft in place (or return a new object). Resolves true
 * when saved; false when the store rejected it (the shell shows the reason).
 */
// biome-ignore lint/suspicious/noConfusingVoidType: sections edit the draft in place
export type Apply = (edit: (draft: Settings) => Settings | void, success?: string) => Promise<boolean>;

/**
 * Moves the settings to `area` ('device': this browser only, not synced), applying `edit` in the same
 * write when given. Resolves like Apply.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: sections edit the draft in place
export type MoveTo = (area: SettingsArea, edit?: (draft: Settings) => Settings | void, success?: string) => Promise<boolean>;

export interface SectionProps {
  settings: Settings;
  apply: Apply;
  /** Where the settings are stored now. */
  area: SettingsArea;
  moveTo: MoveTo;
}
