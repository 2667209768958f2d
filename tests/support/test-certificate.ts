/** Self-signed certificates for the HTTPS specs, made with Debian's openssl (scripts/test.sh installs it). */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export interface TestCertificate {
  cert: string;
  key: string;
}

/** A certificate for `subjectAltName` (e.g. "IP:127.0.0.1" or "DNS:eval.example.gov.cn"), valid for two days. */
export function testCertificate(dir: string, name: string, subjectAltName: string): TestCertificate {
  const cert = join(dir, `${name}.crt`);
  const key = join(dir, `${name}.key`);
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', `/CN=${name}`, '-addext', `subjectAltName=${subjectAltName}`],
    { stdio: 'pipe' },
  );
  return { cert, key };
}
