import { type Bar, computeReport, signedPercent, studySentences } from '@rotation-lens/core';
import { afterEach, describe, expect, it } from 'vitest';
import { byTestId, mount, waitFor } from '../test/dom.ts';
import { WhatFollowed } from './WhatFollowed.tsx';

/** 900 sessions of two seeded walks, small ending on a 4-session winning run: the streak study applies. */
function report() {
  let seed = 7;
  const rand = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647 - 0.5;
  };
  const small: Bar[] = [];
  const large: Bar[] = [];
  let s = 100;
  let l = 100;
  for (let i = 0; i < 900; i++) {
    const date = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const rl = rand() * 0.02;
    l *= 1 + rl;
    s *= 1 + (i >= 896 ? rl + 0.005 : rand() * 0.02);
    small.push({ date, close: s });
    large.push({ date, close: l });
  }
  return computeReport({ symbol: 'IWM', bars: small }, { symbol: 'SPY', bars: large });
}

let unmount = () => undefined as void;
afterEach(() => unmount());

describe('What followed panel', () => {
  const r = report();
  const streak = r.analogs?.streak;
  const withOutcome = streak?.episodes.filter((e) => e.forward['3M'] !== null) ?? [];

  it("shows core's sentence per study and one dot per episode with a 3-month outcome", () => {
    expect(r.streak.sessions).toBeGreaterThanOrEqual(4);
    const m = mount(<WhatFollowed report={r} />);
    unmount = m.unmount;
    const lines = [...m.root.querySelectorAll('[data-testid="study-line"]')].map((p) => p.textContent);
    expect(lines).toEqual(studySentences(r).map((s) => s.text));
    const strip = m.root.querySelector('[data-study="streak"]');
    expect(strip?.querySelectorAll('circle')).toHaveLength(withOutcome.length);
    expect(withOutcome.length).toBeGreaterThan(5);
  });

  it('names a dot on hover, and from the keyboard: one Tab stop, arrows / Home / End move', async () => {
    const m = mount(<WhatFollowed report={r} />);
    unmount = m.unmount;
    const study = m.root.querySelector('[data-study="streak"]') as HTMLElement;
    const caption = () => byTestId(study, 'strip-caption')?.textContent;
    const shows = (text: string) => waitFor(() => caption() === text);
    const text = (i: number) => `${withOutcome[i]?.date}: IWM/SPY ${signedPercent(withOutcome[i]?.forward['3M'] as number)} 3 months later`;
    const dots = study.querySelectorAll('circle');
    dots[2]?.dispatchEvent(new MouseEvent('mouseenter'));
    await shows(text(2));
    dots[2]?.dispatchEvent(new MouseEvent('mouseleave'));

    const box = byTestId(study, 'strip-dots') as HTMLElement;
    expect(box.tabIndex).toBe(0);
    expect([...dots].every((d) => !d.hasAttribute('tabindex'))).toBe(true);
    box.focus();
    await shows(text(withOutcome.length - 1));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    await shows(text(0));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await shows(text(1));
    expect(box.getAttribute('aria-activedescendant')).toBe(dots[1]?.id);
    expect(dots[1]?.getAttribute('aria-label')).toBe(text(1));
  });

  it('renders nothing without studies or a record', () => {
    const m = mount(<WhatFollowed report={{ ...r, analogs: null }} />);
    unmount = m.unmount;
    expect(byTestId(m.root, 'what-followed')).toBeNull();
  });
});
