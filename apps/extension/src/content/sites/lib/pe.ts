/**
 * Reading a P/E shown on a quote page, by its visible label (labels are stable; hashed classes are not).
 * Invariant: a returned P/E is a finite number > 0; '-', '--', 'N/A', negative or missing → null.
 */
import type { PagePe } from '../types.ts';

/** Parse a displayed P/E ('27.09', '1,234.5', '30.66 '); null for placeholders and non-positive values. */
export function parsePe(text: string | null | undefined): number | null {
  const t = (text ?? '').trim().replace(/,/g, '');
  if (!/^\d+(\.\d+)?x?$/.test(t)) return null;
  const n = Number.parseFloat(t);
  return Number.isFinite(n) && n > 0 ? n : null;
}

const LABEL_TAGS = 'td, th, span, p, dt, div, li';

/**
 * Text of the value that follows an element whose whole text is `label` (the label's next element
 * sibling: `<td>P/E</td><td><b>27.09</b></td>`, `<span>PE Ratio (TTM)</span><span>30.66</span>`).
 */
export function valueAfterLabel(scope: ParentNode, label: RegExp): string | null {
  for (const el of scope.querySelectorAll(LABEL_TAGS)) {
    if (el.childElementCount > 0) continue;
    if (!label.test((el.textContent ?? '').replace(/\s+/g, ' ').trim())) continue;
    const value = el.nextElementSibling?.textContent;
    if (value != null) return value;
  }
  return null;
}

export interface PeLabel {
  label: RegExp;
  basis: PagePe['basis'];
}

/** Every readable P/E among `labels`, one per basis, in `labels` order, looked up inside the first scope found. */
export function readLabelledPes(doc: Document, scopes: readonly string[], labels: readonly PeLabel[]): PagePe[] {
  const scope = scopes.map((s) => doc.querySelector(s)).find((el) => el !== null) ?? doc;
  const out: PagePe[] = [];
  for (const { label, basis } of labels) {
    const pe = parsePe(valueAfterLabel(scope, label));
    if (pe !== null && !out.some((p) => p.basis === basis)) out.push({ pe, basis });
  }
  return out;
}

/** First readable P/E among `labels` (in preference order), looked up inside the first scope found. */
export function readLabelledPe(doc: Document, scopes: readonly string[], labels: readonly PeLabel[]): PagePe | null {
  return readLabelledPes(doc, scopes, labels)[0] ?? null;
}
