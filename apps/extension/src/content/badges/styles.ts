/**
 * Styles inside each badge's shadow root. `:host { all: initial }` isolates from the page; the row
 * is inline-flex so it never breaks the page's layout. Direction colours are blue (up) / orange
 * (down), distinguishable with common colour-vision deficiencies; arrows and signs carry the meaning.
 * Written compact (one rule per line, no optional spaces): this string ships in every page script.
 */
export const BADGE_CSS = `
:host{all:initial;display:inline-block;vertical-align:middle;margin:0 2px;position:relative}
.b{all:initial;box-sizing:border-box;display:inline-flex;align-items:baseline;gap:4px;padding:1px 6px;border:1px solid #8a94a6;border-radius:9px;background:#f6f8fa;color:#1b1f24;cursor:pointer;font:500 12px/16px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;white-space:nowrap}
.b:focus-visible{outline:2px solid #0969da;outline-offset:1px}
.b.up{border-color:#0969da;color:#0550ae;background:#ddf4ff}
.b.down{border-color:#bc4c00;color:#953800;background:#fff1e5}
.b.quiet{color:#57606a;border-style:dashed}
.b.bad{border-color:#8250df;color:#6639ba;background:#fbefff;border-style:dashed}
.b.hl{font-weight:700;border-width:2px}
.b.loading{color:#57606a;border-style:dotted}
.n{font-size:10px;font-weight:400;opacity:.85}
.sim{font-weight:700;letter-spacing:.04em}
.card{all:initial;position:fixed;z-index:2147483647;box-sizing:border-box;width:300px;max-width:calc(100vw - 16px);padding:10px 12px;border:1px solid #8a94a6;border-radius:8px;background:#fff;color:#1b1f24;box-shadow:0 6px 24px rgba(0,0,0,.18);font:400 12px/16px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
@media (prefers-color-scheme:dark){
.b,.card{background:#161b22;color:#e6edf3;border-color:#6e7681}
.b.up{background:#0c2d6b;color:#a5d6ff;border-color:#388bfd}
.b.down{background:#3d1d00;color:#ffc680;border-color:#db6d28}
.b.quiet,.b.loading{color:#8b949e}
.b.bad{background:#271052;color:#d2a8ff}
}
`;
