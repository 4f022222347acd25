/**
 * Test support for page sessions: a minimal adapter, a recording fake `send` answering get-badges
 * with core-computed views, and the real scanner and card. Used only by *.test.ts files.
 */
import type { RotationReport } from '@rotation-lens/core';
import type { Request, ResponseFor, TickerView } from '../contracts/messages.ts';
import { attachCard } from '../content/card/controller.ts';
import type { CardModule } from '../content/modules/contracts.ts';
import { type ModuleSource, ready } from '../content/modules/source.ts';
import { badgesTexts } from '../present/badges/texts.ts';
import type { SiteAdapter } from '../content/sites/types.ts';
import { DEFAULT_SETTINGS } from '../settings/schema.ts';
import { pageSettingsOf } from '../contracts/page-settings.ts';
import type { Sender } from '../contracts/send.ts';
import type { PageSettings } from '../contracts/page-settings.ts';
import { contextOf, okView } from './views.ts';

/** The page settings of the default settings. */
export const PAGE_DEFAULTS: PageSettings = pageSettingsOf(DEFAULT_SETTINGS);

export const testAdapter: SiteAdapter = {
  id: 'yahoo',
  label: 'Test',
  hosts: ['finance.yahoo.com'],
  matches: ['https://finance.yahoo.com/*'],
  symbolFromUrl: (url) => /^\/quote\/([A-Z^.-]+)/.exec(url.pathname)?.[1] ?? null,
  anchors: ['section.hdr h1'],
  fallbackAnchors: ['main h1'],
  readPe: (doc) => {
    const t = doc.querySelector('[data-pe]')?.getAttribute('data-pe');
    return t ? { pe: Number(t), basis: 'trailing' } : null;
  },
  articleRoots: ['article'],
  spa: true,
};

/** The real card builder, present at once (production loads it on demand). */
export const realCard: ModuleSource<CardModule> = ready({ attach: attachCard });

export interface FakeSend {
  send: Sender;
  requests: Request[];
  /** Make the next replies fail with this message. */
  failWith: string | null;
  /** The settings the fake worker builds the badge texts with (as the real one uses its own). */
  settings: Pick<PageSettings, 'comparison'>;
}

/** A fake worker that answers only once released (a stopped worker starting): `{ f, send, release }`. */
export function gatedSend(reports: Map<string, RotationReport>, context: RotationReport | undefined) {
  const f = fakeSend(reports, context);
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const send = (async (req: Request) => {
    await gate;
    return f.send(req);
  }) as Sender;
  return { f, send, release };
}

export function fakeSend(reports: Map<string, RotationReport>, context: RotationReport | undefined): FakeSend {
  const fake: FakeSend = {
    requests: [],
    failWith: null,
    settings: PAGE_DEFAULTS,
    send: (async (req: Request) => {
      fake.requests.push(req);
      await Promise.resolve();
      if (fake.failWith) return { ok: false, error: { kind: 'Offline', message: fake.failWith } };
      if (req.type !== 'get-badges') return { ok: true, data: null };
      const tickers: Record<string, TickerView> = {};
      for (const s of req.symbols) {
        const r = reports.get(s);
        tickers[s] = r ? okView(r) : { status: 'unknown', symbol: s, message: `unknown symbol ${s}` };
      }
      const reply = { context: context ? contextOf(context) : null, tickers };
      return { ok: true, data: { ...reply, texts: badgesTexts(reply, fake.settings) } };
    }) as <R extends Request>(req: R) => Promise<ResponseFor<R>>,
  };
  return fake;
}

/** Every badge host under `root`, with its kind, symbol and visible text. */
export function badgesIn(root: ParentNode): { kind: string; symbol: string; text: string; state: string }[] {
  return [...root.querySelectorAll<HTMLElement>('[data-rotation-lens="badge"]')].map((h) => {
    const b = h.shadowRoot?.querySelector<HTMLElement>('.b');
    return { kind: h.dataset.kind ?? '', symbol: h.dataset.symbol ?? '', text: b?.textContent ?? '', state: b?.dataset.state ?? '' };
  });
}
