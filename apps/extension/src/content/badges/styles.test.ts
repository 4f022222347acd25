import { describe, expect, it } from 'vitest';
import { BADGE_CSS } from './styles.ts';

/** `selector → declarations` of the rules outside and inside the dark-scheme block. */
function rules(css: string): { light: Map<string, string>; dark: Map<string, string> } {
  const at = css.indexOf('@media (prefers-color-scheme:dark)');
  const read = (part: string) => new Map([...part.matchAll(/([^{}\n]+)\{([^{}]*)\}/g)].flatMap(([, sel, body]) => sel!.split(',').map((s) => [s.trim(), body!] as const)));
  return { light: read(css.slice(0, at)), dark: read(css.slice(at).replace(/^[^{]*\{/, '')) };
}

describe('badge styles', () => {
  it('in the dark scheme every badge colour is a dark one: no light-only text colour outranks the dark base', () => {
    const { light, dark } = rules(BADGE_CSS);
    // A `.b.<tone>` colour set outside the dark block wins over the dark `.b` (higher specificity),
    // so each such tone needs its own dark colour, or dark text lands on the dark background.
    const toned = [...light].filter(([sel, body]) => /^\.b\.\w+$/.test(sel) && /(^|;)color:/.test(body)).map(([sel]) => sel);
    expect(toned.length).toBeGreaterThan(0);
    for (const sel of toned) expect(dark.get(sel), sel).toMatch(/(^|;)color:/);
  });
});
