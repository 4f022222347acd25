/**
 * Test helper (never imported by product code): loads a real saved page from ../shared/data/pages into
 * a happy-dom Document whose URL is the page's real URL (PROVENANCE.md), scripts disabled.
 * The pages are read at test time and never copied into the repo.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

/** /work/shared/data/pages when the repo is /work/main (path relative to this file). */
export const PAGES_DIR = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/data/pages')}/`;
export const HAVE_PAGES = existsSync(PAGES_DIR);

const windows: Window[] = [];

export function loadSavedPage(file: string, url: string): Document {
  const html = readFileSync(PAGES_DIR + file, 'utf8');
  return parsePage(html, url);
}

/** Parse markup into a Document at `url` (tests only: fixtures are trusted test data). */
export function parsePage(html: string, url: string): Document {
  const win = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  windows.push(win);
  return new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Close every window opened by this helper (call in afterAll). */
export function closeSavedPages(): void {
  for (const w of windows.splice(0)) w.close();
}
