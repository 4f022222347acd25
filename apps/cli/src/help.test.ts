import { describe, expect, it } from 'vitest';
import { helpText } from './help.ts';

describe('help text', () => {
  it.each([undefined, 'report', 'scan'] as const)('%s: every line fits an 80-column terminal', (topic) => {
    for (const line of helpText(topic).split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it('names every flag of every command', () => {
    const all = helpText() + helpText('report') + helpText('scan');
    for (const flag of ['--small', '--large', '--watchlist', '--data', '--provider', '--api-key', '--cache-dir', '--offline', '--timeout', '--as-of', '--price', '--window', '--json', '--help', '--version']) {
      expect(all).toContain(flag);
    }
  });

  it('steers the API key to the environment, since a flag shows in ps', () => {
    for (const topic of [undefined, 'report', 'scan'] as const) {
      const text = helpText(topic).replace(/\s+/g, ' ');
      expect(text).toContain('Prefer env ROTATION_API_KEY=KEY: a flag shows in `ps` to other users');
      expect(text).toContain('--timeout SECONDS deadline of each request, whole answer included (default 15');
    }
  });
});
