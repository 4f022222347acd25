import { afterEach, describe, expect, it } from 'vitest';
import type { Request } from '../contracts/messages.ts';
import { type ChromeFake, installChromeFake } from '../test/chrome-fake.ts';
import { byTestId, click, mount, waitFor } from '../test/dom.ts';
import { ThisPage } from './ThisPage.tsx';

let fake: ChromeFake | undefined;
let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  fake?.uninstall();
});

function open(activeTab?: { id: number; url?: string }) {
  fake = installChromeFake(activeTab ? { activeTab } : {});
  fake.onMessage((m) => ((m as Request).type === 'badge-tab' ? { ok: true, data: null } : { ok: false, error: { kind: 'BadRequest', message: 'unexpected' } }));
  const m = mount(<ThisPage />);
  cleanup = m.unmount;
  return m.root;
}

describe('the popup’s "this page" row', () => {
  it('"Badge tickers on this page" asks the worker to badge the popup’s tab, and says what it badges', async () => {
    // No URL: the popup has not been granted the tab (the button still works: the click grants activeTab).
    const root = open({ id: 42 });
    const button = await waitFor(() => byTestId(root, 'badge-page'));
    expect(byTestId(root, 'always-site')).toBeNull(); // no https origin known: nothing to add
    click(button);
    await waitFor(() => byTestId(root, 'this-page-note'));
    expect(fake?.sent).toContainEqual({ type: 'badge-tab', tabId: 42 });
    expect(byTestId(root, 'this-page-note')?.textContent).toMatch(/\$TICKER/);
  });

  it('no tab (a popup opened as a page): no row', async () => {
    const root = open();
    await fake?.flush();
    expect(byTestId(root, 'this-page')).toBeNull();
  });
});
