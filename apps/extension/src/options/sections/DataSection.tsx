/**
 * Data: provider order, API keys (chrome.storage.local only; shown masked after entry, never logged),
 * cache size with a clear button, and CSV import of price history (errors shown by line).
 */
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../contracts/send.ts';
import { PROVIDER_IDS } from '../../settings/schema.ts';
import { API_KEY_PROVIDERS, type ApiKeyProvider, deleteApiKey, loadApiKeys, maskKey, saveApiKey } from '../../settings/store.ts';
import type { ApiKeys } from '../../settings/schema.ts';
import { readFileText } from '../download.ts';
import { formatBytes } from '@rotation-lens/present';
import { PROVIDER_LABELS } from '../../contracts/provider-labels.ts';
import type { SectionProps } from '../types.ts';

const LABELS = PROVIDER_LABELS;

export function DataSection({ settings, apply }: SectionProps) {
  const order = settings.data.providerOrder;
  const unused = PROVIDER_IDS.filter((p) => !order.includes(p));
  const [keys, setKeys] = useState<ApiKeys>({});
  const [keyMsg, setKeyMsg] = useState<string | null>(null);
  const [cache, setCache] = useState<string>('…');
  const [csvMsg, setCsvMsg] = useState<{ ok: boolean; lines: string[] } | null>(null);

  const refreshCache = async () => {
    const r = await send({ type: 'cache-info' });
    setCache(r.ok ? `${r.data.symbols} symbols, ${formatBytes(r.data.bytes)}` : `unavailable (${r.error.message})`);
  };
  useEffect(() => {
    void loadApiKeys().then(setKeys);
    void refreshCache();
  }, []);

  const move = (i: number, by: -1 | 1) =>
    apply((s) => {
      const [p] = s.data.providerOrder.splice(i, 1);
      s.data.providerOrder.splice(i + by, 0, p!);
    });

  const saveKey = async (e: Event, provider: ApiKeyProvider) => {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem('key') as HTMLInputElement;
    try {
      await saveApiKey(provider, input.value);
      input.value = '';
      setKeys(await loadApiKeys());
      setKeyMsg(`${LABELS[provider]} key saved on this device only`);
    } catch (err) {
      setKeyMsg(err instanceof Error ? err.message : 'could not save the key');
    }
  };

  const importCsv = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const symbol = (form.elements.namedItem('csv-symbol') as HTMLInputElement).value.trim().toUpperCase();
    const file = (form.elements.namedItem('csv-file') as HTMLInputElement).files?.[0];
    if (!symbol || !file) return setCsvMsg({ ok: false, lines: ['Choose a symbol and a CSV file'] });
    const r = await send({ type: 'import-csv', symbol, csv: await readFileText(file) });
    if (r.ok) {
      setCsvMsg({ ok: true, lines: [`Imported ${r.data.bars} bars for ${r.data.symbol}, ${r.data.from} to ${r.data.to}`] });
      void refreshCache();
    } else setCsvMsg({ ok: false, lines: r.error.message.split(/\n|;\s*(?=line \d)/i) });
  };

  return (
    <section id="data" aria-labelledby="data-h" data-testid="section-data">
      <h2 id="data-h">Data</h2>
      <h3>Provider order</h3>
      <p class="muted">Tried top to bottom; the first that answers wins.</p>
      <ol class="list" data-testid="provider-order">
        {order.map((p, i) => (
          <li key={p}>
            <span class="grow">{LABELS[p]}</span>
            <button type="button" aria-label={`Move ${LABELS[p]} up`} disabled={i === 0} onClick={() => void move(i, -1)}>
              ↑
            </button>
            <button type="button" aria-label={`Move ${LABELS[p]} down`} disabled={i === order.length - 1} onClick={() => void move(i, 1)}>
              ↓
            </button>
            <button type="button" aria-label={`Remove ${LABELS[p]}`} disabled={order.length === 1} onClick={() => void apply((s) => void s.data.providerOrder.splice(i, 1))}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      {unused.length > 0 && (
        <p>
          {unused.map((p) => (
            <button key={p} type="button" onClick={() => void apply((s) => void s.data.providerOrder.push(p))} aria-label={`Add ${LABELS[p]}`}>
              + {LABELS[p]}
            </button>
          ))}
        </p>
      )}

      <h3>API keys</h3>
      <p class="muted">Stored on this device only (never synced). After saving, only the last characters are shown.</p>
      {API_KEY_PROVIDERS.map((p) => (
        <form key={p} class="field" onSubmit={(e) => void saveKey(e, p)} data-testid={`key-${p}`}>
          <span>{LABELS[p]}</span>
          {keys[p] ? (
            <>
              <code data-testid={`key-${p}-masked`}>{maskKey(keys[p]!)}</code>
              <button
                type="button"
                aria-label={`Delete ${LABELS[p]} key`}
                onClick={() => void deleteApiKey(p).then(async () => setKeys(await loadApiKeys()))}
              >
                Delete
              </button>
            </>
          ) : (
            <>
              <input name="key" type="password" autocomplete="off" aria-label={`${LABELS[p]} API key`} />
              <button type="submit">Save key</button>
            </>
          )}
        </form>
      ))}
      <p role="status" data-testid="key-status">
        {keyMsg ?? ''}
      </p>

      <h3>Cache</h3>
      <div class="field">
        <span data-testid="cache-info">{cache}</span>
        <button
          type="button"
          data-testid="clear-cache"
          onClick={async () => {
            const r = await send({ type: 'clear-cache' });
            setCache(r.ok ? `cleared ${r.data.cleared} symbols` : `not cleared: ${r.error.message}`);
          }}
        >
          Clear cache
        </button>
      </div>

      <h3>Import price history (CSV)</h3>
      <form onSubmit={(e) => void importCsv(e)} class="field" data-testid="csv-import">
        <input name="csv-symbol" aria-label="Symbol of the CSV" placeholder="Symbol" size={8} />
        <input name="csv-file" type="file" accept=".csv,text/csv" aria-label="Price CSV file" />
        <button type="submit">Import</button>
      </form>
      {csvMsg && (
        <ul role={csvMsg.ok ? 'status' : 'alert'} class={csvMsg.ok ? 'saved' : 'errors'} data-testid="csv-result">
          {csvMsg.lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
