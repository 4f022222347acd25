/**
 * The hover card's inner styles, shipped with the card module (content/card.js) and added once to a
 * badge's shadow root before its first card. The card box itself (`.card`: position, frame, colours)
 * is in the badge styles, so the "Loading…" shell shown before the module arrives looks like the card.
 */
export const CARD_CSS = `
.card h2{all:initial;display:block;font:700 13px/18px system-ui,sans-serif;color:inherit;margin-bottom:4px}
.card table{border-collapse:collapse;width:100%;margin:4px 0}
.card th,.card td{font:inherit;padding:1px 4px;text-align:right}
.card th:first-child,.card td:first-child{text-align:left}
.card th{font-weight:600;color:#57606a}
.card .row{display:flex;justify-content:space-between;align-items:baseline;gap:8px}
.card .row>:last-child{text-align:right}
.card .para{margin:4px 0 0}
.card .study{font-size:11px;color:#57606a;max-width:34em}
.card .sub{color:#57606a;font-size:11px;text-align:right}
.card .band{position:relative;height:6px;background:#d0d7de;border-radius:3px;margin:2px 0 6px}
.card .dot{position:absolute;top:-2px;width:4px;height:10px;background:#0969da;border-radius:2px}
.card .foot{color:#57606a;font-size:11px;margin-top:6px}
.card button{all:initial;margin-top:6px;padding:3px 8px;border:1px solid #0969da;border-radius:6px;color:#0550ae;font:600 12px/16px system-ui,sans-serif;cursor:pointer}
.card button:focus-visible{outline:2px solid #0969da;outline-offset:1px}
@media (prefers-color-scheme:dark){
.card th,.card .foot,.card .sub{color:#8b949e}
.card .band{background:#30363d}
.card .dot{background:#58a6ff}
.card button{color:#a5d6ff;border-color:#388bfd}
}
`;
