import { afterEach, describe, expect, it, vi } from 'vitest';
import { installChromeFake } from '../../test/chrome-fake.ts';
import { byTestId, click, mount, waitFor } from '../../test/dom.ts';
import { AlwaysSites } from './AlwaysSites.tsx';

const done: (() => void)[] = [];
afterEach(() => {
  for (const f of done.splice(0)) f();
});

describe('Options → Sites: the sites added with "Always on this site"', () => {
  it('lists them; Remove unregisters the script and gives the permission back; other scripts stay', async () => {
    const fake = installChromeFake();
    const script = (origin: string) => ({ id: `any-page:${origin}`, matches: [`${origin}/*`], js: ['content/page.js'] });
    for (const s of [script('https://www.reuters.com'), script('https://www.ft.com'), { id: 'other' }]) fake.registered.set(s.id, s);
    const remove = vi.spyOn(chrome.permissions, 'remove');
    const m = mount(<AlwaysSites />);
    done.push(m.unmount, () => fake.uninstall());
    const button = await waitFor(() => byTestId(m.root, 'remove-site-www.reuters.com'));
    expect(byTestId(m.root, 'always-sites')?.textContent).toMatch(/www\.reuters\.com.*www\.ft\.com/);
    click(button);
    await waitFor(() => byTestId(m.root, 'remove-site-www.reuters.com') === null);
    expect([...fake.registered.keys()]).toEqual(['any-page:https://www.ft.com', 'other']);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://www.reuters.com/*'] });
  });

  it('none added: says how to add one', async () => {
    const fake = installChromeFake();
    const m = mount(<AlwaysSites />);
    done.push(m.unmount, () => fake.uninstall());
    await waitFor(() => /Always on this site/.test(byTestId(m.root, 'always-sites')?.textContent ?? ''));
    expect(byTestId(m.root, 'always-sites')?.querySelector('button')).toBeNull();
  });
});
