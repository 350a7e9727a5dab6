import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';

export type ResolveResult = { readonly ok: true; readonly addresses: string[] } | { readonly ok: false; readonly error: string };

/**
 * All addresses of a name (IPv4 and IPv6, in the system resolver's order, as the daemons see them), or why not.
 * getaddrinfo cannot be cancelled, so on timeout or abort we stop waiting for it.
 */
export async function resolveHost(host: string, family: 4 | 6 | undefined, timeoutMs: number, signal: AbortSignal): Promise<ResolveResult> {
  if (isIP(host) !== 0) return { ok: true, addresses: [host] };
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const giveUp = new Promise<ResolveResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: 'ETIMEOUT' }), timeoutMs);
    onAbort = () => resolve({ ok: false, error: 'ABORTED' });
    signal.addEventListener('abort', onAbort, { once: true });
  });
  const lookup = dns
    .lookup(host, { all: true, family: family ?? 0, verbatim: true })
    .then((entries): ResolveResult => {
      const addresses = [...new Set(entries.map((e) => e.address))];
      return addresses.length > 0 ? { ok: true, addresses } : { ok: false, error: 'ENOTFOUND' };
    })
    .catch((error: unknown): ResolveResult => ({ ok: false, error: (error as NodeJS.ErrnoException).code ?? String(error) }));
  try {
    return await Promise.race([lookup, giveUp]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}
