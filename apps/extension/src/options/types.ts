import type { Settings } from '../shared/settings.ts';

/**
 * How a section changes settings: edit the draft in place (or return a new object). Resolves true
 * when saved; false when the store rejected it (the shell shows the reason).
 */
// biome-ignore lint/suspicious/noConfusingVoidType: sections edit the draft in place
export type Apply = (edit: (draft: Settings) => Settings | void, success?: string) => Promise<boolean>;

export interface SectionProps {
  settings: Settings;
  apply: Apply;
}
