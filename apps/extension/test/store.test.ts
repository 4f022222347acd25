// @vitest-environment node
/**
 * The store listing (store/listing.md) says what the shipped manifest says: the same name and summary,
 * every permission and every host explained, the store icon equal to the extension's 128 px icon.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifestExport from '../manifest.config.ts';
import { EXTENSION_ROOT } from '../scripts/package.ts';

const STORE = join(EXTENSION_ROOT, 'store');
const listing = readFileSync(join(STORE, 'listing.md'), 'utf8');
const section = (title: string) => listing.split(/^## /m).find((s) => s.startsWith(`${title}\n`))?.slice(title.length).trim() ?? '';
const manifest = async () =>
  (typeof manifestExport === 'function' ? await manifestExport({ command: 'build', mode: 'production' }) : await manifestExport) as unknown as {
    name: string;
    description: string;
    permissions: string[];
    optional_permissions: string[];
    host_permissions: string[];
    icons: Record<string, string>;
  };

describe('store listing', () => {
  it('has the manifest name and summary (the Web Store summary limit is 132 characters)', async () => {
    const m = await manifest();
    expect(section('Name')).toBe(m.name);
    expect(section('Summary')).toBe(m.description);
    expect(m.description.length).toBeLessThanOrEqual(132);
  });

  it('explains every permission and every host the manifest asks for, and what leaves the browser', async () => {
    const m = await manifest();
    const permissions = section('Permissions');
    for (const p of [...m.permissions, ...m.optional_permissions]) expect(permissions, p).toContain(`- \`${p}\``);
    for (const h of m.host_permissions) expect(permissions, h).toContain(h.replace(/^https:\/\//, '').replace(/\/\*$/, ''));
    expect(section('Privacy')).toMatch(/No data leaves your browser except the price and quote requests/);
  });

  it('the store icon is the extension icon', async () => {
    const m = await manifest();
    const icon = readFileSync(join(EXTENSION_ROOT, 'public', m.icons['128']!));
    expect(readFileSync(join(STORE, 'icon-128.png')).equals(icon)).toBe(true);
  });
});
