/** Background service worker entry (module). Wiring only: see runtime.ts for the parts. */
chrome.runtime.onMessage.addListener((_msg, _sender, reply) => {
  reply({ ok: false, error: { kind: 'NotReady', message: 'the worker is starting' } });
  return false;
});
