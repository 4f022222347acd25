import { describe, expect, it } from 'vitest';
import { escapeControls, quoteInput } from './quote-input.ts';

describe('escapeControls', () => {
  it('writes C0, DEL, C1 and bidi controls as visible escapes and leaves other text alone', () => {
    expect(escapeControls('a\u001b[31mred\u0007\tb\r\n')).toBe('a\\x1b[31mred\\x07\\x09b\\x0d\\x0a');
    expect(escapeControls('\u007f\u0085\u009b2J')).toBe('\\x7f\\x85\\x9b2J');
    expect(escapeControls('x\u202ey\u2066\u2028')).toBe('x\\u202ey\\u2066\\u2028');
    expect(escapeControls('Zürich 日本 €5 "q"')).toBe('Zürich 日本 €5 "q"');
  });
});

describe('quoteInput', () => {
  it('quotes, and cuts at 80 characters with an ellipsis', () => {
    expect(quoteInput('abc')).toBe('"abc"');
    expect(quoteInput('x'.repeat(80))).toBe(`"${'x'.repeat(80)}"`);
    expect(quoteInput('x'.repeat(5000))).toBe(`"${'x'.repeat(80)}…"`);
    expect(quoteInput('\u001b]0;pwned\u0007')).toBe('"\\x1b]0;pwned\\x07"');
  });
});
