import { isIP } from 'node:net';
import { join } from 'node:path';
import { readRegularFile } from '../../server/src/core/boundedRead';

const MAX_HOSTS_FILE_BYTES = 1024 * 1024;

function hostsFilePath(): string {
  return process.platform === 'win32' ? join(process.env.SystemRoot ?? 'C:\\Windows', 'System32', 'drivers', 'etc', 'hosts') : '/etc/hosts';
}

/** Addresses `hosts` gives for `name` (case-insensitive, in file order), as getaddrinfo reads them before DNS. */
export function addressesInHosts(text: string, name: string): string[] {
  const wanted = name.toLowerCase().replace(/\.$/, '');
  const found: string[] = [];
  for (const line of text.split('\n')) {
    const [address, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (address === undefined || isIP(address.replace(/%.*$/, '')) === 0) continue;
    if (names.some((n) => n.toLowerCase() === wanted) && !found.includes(address)) found.push(address);
  }
  return found;
}

/** The system hosts file's addresses for `name`; `localhost` is loopback even when the file does not say so (RFC 6761). */
export function hostsFileAddresses(name: string): string[] {
  let text = '';
  try {
    text = readRegularFile(hostsFilePath(), MAX_HOSTS_FILE_BYTES).toString('utf8');
  } catch {
    // No readable hosts file: DNS alone decides.
  }
  const found = addressesInHosts(text, name);
  if (found.length > 0) return found;
  return /^(.+\.)?localhost\.?$/i.test(name) ? ['::1', '127.0.0.1'] : [];
}
