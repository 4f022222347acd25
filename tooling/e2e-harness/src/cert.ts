/**
 * A throwaway self-signed TLS certificate, generated at test time with openssl (never committed). Chromium
 * runs with --ignore-certificate-errors, so the certificate only has to be well-formed; it still names the
 * hosts it serves (subjectAltName) so it would also verify against a trusted test CA.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TlsMaterial {
  key: Buffer;
  cert: Buffer;
}

export class HarnessUnavailable extends Error {
  override name = 'HarnessUnavailable';
}

export function openSslAvailable(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** EC P-256 key + certificate valid for 2 days for the given host names (and 127.0.0.1). */
export function makeSelfSignedCert(hosts: readonly string[]): TlsMaterial {
  if (!openSslAvailable()) throw new HarnessUnavailable('openssl not found: it is needed to make the local HTTPS certificate');
  const dir = mkdtempSync(join(tmpdir(), 'rl-cert-'));
  try {
    const san = [...hosts.map((h) => `DNS:${h}`), 'IP:127.0.0.1'].join(',');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=rotation-lens-e2e', '-addext', `subjectAltName=${san}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
