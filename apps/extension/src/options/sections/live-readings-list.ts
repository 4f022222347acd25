/**
 * The live readings the worker keeps (chrome.storage.local), for the options page's list: read once,
 * then again whenever the worker stores new ones. Validated by market-data's loadLiveState (an unreadable
 * state reads as none).
 */
import { emptyLiveState, type LiveValuationState, loadLiveState } from '@rotation-lens/market-data';
import { useEffect, useState } from 'preact/hooks';
import { LIVE_VALUATION_KEY } from '../../permissions/live-readings.ts';

const store = {
  load: async () => (await chrome.storage.local.get(LIVE_VALUATION_KEY))[LIVE_VALUATION_KEY],
  save: async () => undefined,
};

/** The kept state: readings, the last fetch attempt and its error, if any. */
export function useLiveReadingsList(): LiveValuationState {
  const [state, setState] = useState<LiveValuationState>(emptyLiveState);
  useEffect(() => {
    let live = true;
    const read = () => void loadLiveState(store).then((s) => live && setState(s));
    const changed = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && LIVE_VALUATION_KEY in changes) read();
    };
    read();
    const events = chrome.storage.onChanged;
    events.addListener(changed);
    return () => {
      live = false;
      events.removeListener(changed);
    };
  }, []);
  return state;
}
