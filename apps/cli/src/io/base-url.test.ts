import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.ts';
import { providerBaseUrl, yahooCookieUrl } from './base-url.ts';

describe('providerBaseUrl', () => {
  it('reads ROTATION_<PROVIDER>_BASE_URL, without a trailing slash', () => {
    expect(providerBaseUrl('yahoo', { ROTATION_YAHOO_BASE_URL: 'http://127.0.0.1:8080/' })).toBe('http://127.0.0.1:8080');
    expect(providerBaseUrl('tiingo', { ROTATION_TIINGO_BASE_URL: 'https://mirror.example/api' })).toBe('https://mirror.example/api');
  });

  it('is undefined when unset or empty, and ignores other providers’ variables', () => {
    expect(providerBaseUrl('yahoo', {})).toBeUndefined();
    expect(providerBaseUrl('yahoo', { ROTATION_YAHOO_BASE_URL: ' ' })).toBeUndefined();
    expect(providerBaseUrl('stooq', { ROTATION_YAHOO_BASE_URL: 'http://127.0.0.1:1' })).toBeUndefined();
  });

  it.each(['127.0.0.1:8080', 'ftp://host', 'http://h/?a=1', 'not a url'])('rejects %j as a usage error naming the variable', (raw) => {
    expect(() => providerBaseUrl('yahoo', { ROTATION_YAHOO_BASE_URL: raw })).toThrow(UsageError);
    expect(() => providerBaseUrl('yahoo', { ROTATION_YAHOO_BASE_URL: raw })).toThrow(/^ROTATION_YAHOO_BASE_URL: ".*" is not an http\(s\) base URL/);
  });
});

describe('yahooCookieUrl', () => {
  it('reads ROTATION_YAHOO_COOKIE_URL (a path is kept), undefined when unset, usage error when malformed', () => {
    expect(yahooCookieUrl({ ROTATION_YAHOO_COOKIE_URL: 'http://127.0.0.1:8080/fc' })).toBe('http://127.0.0.1:8080/fc');
    expect(yahooCookieUrl({})).toBeUndefined();
    expect(() => yahooCookieUrl({ ROTATION_YAHOO_COOKIE_URL: 'fc.yahoo.com' })).toThrow(/^ROTATION_YAHOO_COOKIE_URL: "fc.yahoo.com" is not an http\(s\) base URL/);
  });
});
