/**
 * How text that came from a user's file or flag is shown inside a message. Such text must never drive the
 * terminal (an ESC starts a colour or cursor sequence, BEL rings, U+202E reverses what follows) nor flood it:
 * control characters are written as visible escapes and a long value is cut.
 */

/** Longest stretch of quoted input a message shows; the rest becomes "…". */
export const MAX_QUOTED_CHARS = 80;

/**
 * C0 controls (tab and newline included: a message is one line), DEL, C1 controls, the line/paragraph
 * separators and the bidirectional overrides/isolates.
 */
function isControl(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

const escapeOf = (code: number): string => (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);

/** Every control character as a visible escape: ESC → \x1b, BEL → \x07, U+202E → \u202e. */
export function escapeControls(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += isControl(code) ? escapeOf(code) : text[i];
  }
  return out;
}

/** Input text fit for a message, unquoted: cut at `max` characters (code points) with "…", controls escaped. */
export function showInput(value: string, max = MAX_QUOTED_CHARS): string {
  const chars = Array.from(value);
  return escapeControls(chars.length > max ? `${chars.slice(0, max).join('')}…` : value);
}

/** `"value"` for a message: showInput in double quotes. */
export const quoteInput = (value: string, max = MAX_QUOTED_CHARS): string => `"${showInput(value, max)}"`;
