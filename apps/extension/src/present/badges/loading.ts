/** Placeholder models: shown at once while the worker answers, and when a whole batch fails. */
import type { BadgeKind, BadgeModel } from '../../contracts/badge-model.ts';

const NAMES: Record<BadgeKind, string> = { rs: 'RS', discount: 'P/E', streak: 'Streak', rotation: 'Rotation' };

export function loadingModel(kind: BadgeKind): BadgeModel {
  return { kind, state: 'loading', tone: 'quiet', text: `${NAMES[kind]} …`, label: `Rotation Lens ${NAMES[kind]}: loading` };
}

export function errorModel(kind: BadgeKind, message: string): BadgeModel {
  return {
    kind,
    state: 'error',
    tone: 'bad',
    text: `${NAMES[kind]} error`,
    note: message.length > 80 ? `${message.slice(0, 77)}…` : message,
    label: `Rotation Lens ${NAMES[kind]}: error, ${message}`,
  };
}
