/** What the quote and article sessions share with the page session that runs them (page-session.ts). */
import type { ReadKept } from './kept.ts';
import type { PagePeValue } from '../../contracts/messages.ts';
import type { PageSettings } from '../../contracts/page-settings.ts';
import type { Sender } from '../../contracts/send.ts';
import type { CardModule } from '../modules/contracts.ts';
import type { ModuleSource } from '../modules/source.ts';
import type { PageAdapter } from '../sites/types.ts';
import type { BadgeSet } from './badge-set.ts';
import type { Batcher } from './batcher.ts';
import type { ViewCache } from './view-cache.ts';

export interface SessionDeps {
  doc: Document;
  url: URL;
  adapter: PageAdapter;
  settings: PageSettings;
  send: Sender;
  card: ModuleSource<CardModule>;
  /** Reads kept texts for an article's tickers found later (kept.ts, `inline`); absent: they wait for the worker. */
  readKept?: ReadKept;
  cache?: ViewCache;
}

/** One session's state, as its quote or article part uses it. */
export interface SessionParts {
  deps: SessionDeps;
  cache: ViewCache;
  failed: ReadonlyMap<string, string>;
  badges: BadgeSet;
  batcher: Batcher;
  /** Nodes the session put into the page (removed by stop()). */
  added: ChildNode[];
  /** Set by stop(): answers arriving later are dropped. */
  stopped: boolean;
  /** The page's own P/E per symbol, sent with every get-badges. */
  pagePe?: Record<string, PagePeValue | PagePeValue[]>;
}
