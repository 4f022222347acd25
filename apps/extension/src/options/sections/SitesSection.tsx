/** Sites: which sites get badges, which badges, density, and where quotes open. */
import type { Settings } from '../../settings/schema.ts';
import { SITE_IDS, SITE_LABELS } from '../../contracts/sites.ts';
import type { SectionProps } from '../types.ts';
import { AlwaysSites } from './AlwaysSites.tsx';

const BADGES: { key: keyof Settings['badges']; label: string }[] = [
  { key: 'rs', label: 'Relative strength vs benchmark' },
  { key: 'discount', label: 'Valuation discount' },
  { key: 'streak', label: 'Streak' },
  { key: 'rotation', label: 'Market rotation (small vs large)' },
];

export function SitesSection({ settings, apply }: SectionProps) {
  return (
    <section id="sites" aria-labelledby="sites-h" data-testid="section-sites">
      <h2 id="sites-h">Sites</h2>
      <fieldset>
        <legend>Show badges on</legend>
        <div class="grid">
          {SITE_IDS.map((id) => (
            <label key={id}>
              <input type="checkbox" checked={settings.sites[id]} onChange={(e) => {
                const value = e.currentTarget.checked;
                void apply((s) => {
                  s.sites[id] = value;
                });
              }} data-testid={`site-${id}`} />{' '}
              {SITE_LABELS[id]}
            </label>
          ))}
        </div>
      </fieldset>
      <AlwaysSites />
      <fieldset>
        <legend>Badges</legend>
        {BADGES.map((b) => (
          <label key={b.key} class="field">
            <input type="checkbox" checked={settings.badges[b.key]} onChange={(e) => {
                const value = e.currentTarget.checked;
                void apply((s) => {
                  s.badges[b.key] = value;
                });
              }} data-testid={`badge-${b.key}`} />
            <span>{b.label}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Density</legend>
        {(['compact', 'full'] as const).map((d) => (
          <label key={d} class="field">
            <input type="radio" name="density" checked={settings.density === d} onChange={() => void apply((s) => {
            s.density = d;
          })} data-testid={`density-${d}`} />
            <span>{d === 'compact' ? 'Compact (one small badge)' : 'Full (badge row)'}</span>
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>Open quotes on</span>
        <select value={settings.preferredSite} onChange={(e) => {
                const value = e.currentTarget.value as Settings['preferredSite'];
                void apply((s) => {
                  s.preferredSite = value;
                });
              }} data-testid="preferred-site">
          {SITE_IDS.map((id) => (
            <option key={id} value={id}>
              {SITE_LABELS[id]}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
