/**
 * "What followed" in real Chromium: the popup's "What followed" panel and the hover card's streak-study and
 * record lines show core's numbers on the same data — `studySentences` / `highContextText` of
 * @rotation-lens/core's computeReport on exactly the bars the local server sent — and the strip names
 * an episode's date and outcome when focused from the keyboard.
 */
import { highContextText, signedPercent, studySentences } from '@rotation-lens/core';
import { e2eGate } from '@rotation-lens/e2e-harness';
import { describe, expect, it } from 'vitest';
import { QUOTE_FIXTURES } from './fixtures/site-pages.ts';
import { expectedReport } from './support/expected.ts';
import { contextValuation } from './support/expect-badges.ts';
import { openPopup } from './support/extension-pages.ts';
import { badgeButton, openCard, pollBadges, settledBadge } from './support/page-helpers.ts';
import { useSession } from './support/use-session.ts';

const gate = e2eGate({ sharedData: true });

describe.skipIf(!gate.run)('what followed (real Chromium)', () => {
  const session = useSession();

  const reportOf = (symbol: string, benchmark: string, valuation: ReturnType<typeof contextValuation> | null = null) => {
    const c = session().settings.comparison;
    return expectedReport(session().server, symbol, benchmark, {
      window: c.correlationWindow,
      valuation,
      thresholds: { streak: c.streakThreshold, rsiOverbought: c.rsiOverbought, rsiOversold: c.rsiOversold },
    });
  };

  it("the popup panel: core's line per study, one dot per 3-month outcome, a focused dot named", async () => {
    const { popup } = await openPopup(session().browser);
    const c = session().settings.comparison;
    const want = reportOf(c.smallProxy, c.benchmark, contextValuation());
    const lines = studySentences(want);
    expect(lines.length, 'at least one study applies on the data’s last day').toBeGreaterThan(0);
    await popup.waitForSelector('[data-testid="what-followed"]');
    const got = (await popup.locator('[data-testid="study-line"]').allTextContents()).map((t) => t.trim());
    expect(got).toEqual(lines.map((l) => l.text));
    for (const { key } of lines) {
      const points = want.analogs?.[key]?.episodes.filter((e) => e.forward['3M'] !== null) ?? [];
      const study = popup.locator(`[data-study="${key}"]`);
      expect(await study.locator('circle').count(), `${key} dots`).toBe(points.length);
      if (points.length === 0) continue;
      // Keyboard: the strip is one focus stop; Home names the first episode with core's outcome.
      await study.locator('[data-testid="strip-dots"]').focus();
      await popup.keyboard.press('Home');
      const first = points[0]!;
      const text = `${first.date}: ${want.small}/${want.large} ${signedPercent(first.forward['3M'] as number)} 3 months later`;
      await expect.poll(() => study.locator('[data-testid="strip-caption"]').textContent()).toBe(text);
    }
    const record = highContextText(want.small, want.highContext);
    expect(await popup.locator('[data-testid="record-line"]').count()).toBe(record === null ? 0 : 1);
    await popup.close();
  });

  it("the hover card: core's streak-study line beside a streak of 2+, and the record line", async () => {
    // PLTR vs SPY on the served data's last day: a 2-session run behind SPY, at a 52-week high.
    const fx = QUOTE_FIXTURES.find((f) => f.symbol === 'PLTR')!;
    const { page } = session();
    await page.goto(fx.url);
    await settledBadge(page, 'rs', fx.symbol);
    const want = reportOf(fx.symbol, session().settings.comparison.benchmark);
    expect(Math.abs(want.streak.sessions)).toBeGreaterThanOrEqual(2);
    const streakLine = studySentences(want).find((s) => s.key === 'streak')?.text;
    const record = highContextText(want.small, want.highContext);
    expect(streakLine).toBeDefined();
    expect(record).not.toBeNull();
    await page.locator(badgeButton('rs', fx.symbol)).hover();
    const bs = await pollBadges(page, (b) => openCard(b) !== null, 'the card to open');
    const card = openCard(bs)!;
    expect(card.text).toContain(streakLine);
    expect(card.text).toContain(record);
  });
});
