/**
 * A number written in decimal notation, as every price export writes them: optional sign, digits with an
 * optional "." fraction, an optional exponent (1.5e-3). Everything Number() would also read — "0x1F", "0b11",
 * "0o7", "Infinity", " 12 " — is not a price in a CSV, so it is NaN here.
 */
const DECIMAL_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export const parseDecimal = (raw: string): number => (DECIMAL_RE.test(raw) ? Number(raw) : Number.NaN);
