import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import { hostsFileAddresses } from './hostsFile';

export type ResolveResult = { readonly ok: true; readonly addresses: string[] } | { readonly ok: false; readonly error: string };

interface HostResolverOptions {
  /** DNS servers (`addr` or `addr:port`) to ask instead of the system's; then the hosts file and getaddrinfo are skipped. */
  readonly servers?: readonly string[];
  /** Names looked up at once; the rest wait for a slot within their own time limit. */
  readonly concurrency?: number;
}

/** A few waiters at a time; a waiter whose signal ends gives up its place. */
class Slots {
  private readonly queue: { start: () => void }[] = [];

  constructor(private free: number) {}

  /** Resolves to a release function, or null if `signal` ends first. */
  take(signal: AbortSignal): Promise<(() => void) | null> {
    return new Promise((resolve) => {
      if (signal.aborted) return resolve(null);
      const release = (): void => {
        const next = this.queue.shift();
        if (next) next.start();
        else this.free++;
      };
      const entry = {
        start: (): void => {
          signal.removeEventListener('abort', giveUp);
          resolve(release);
        },
      };
      const giveUp = (): void => {
        const at = this.queue.indexOf(entry);
        if (at >= 0) this.queue.splice(at, 1);
        resolve(null);
      };
      if (this.free > 0) {
        this.free--;
        return resolve(release);
      }
      this.queue.push(entry);
      signal.addEventListener('abort', giveUp, { once: true });
    });
  }
}

// getaddrinfo runs on libuv's thread pool (4 threads shared with fs and crypto) and cannot be cancelled: at most two.
const threadPoolLookups = new Slots(2);

/** The error codes meaning "DNS has no such name", where getaddrinfo may still know it (search domains, mDNS, NSS). */
const NOT_IN_DNS = new Set(['ENOTFOUND', 'ENODATA']);

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** Ends a lookup: `ABORTED` when the caller cancelled, `ETIMEOUT` when its time ran out. */
function endedCode(signal: AbortSignal): string {
  return signal.reason === 'timeout' ? 'ETIMEOUT' : 'ABORTED';
}

/**
 * Orders addresses as RFC 6724 getaddrinfo does in the common cases, so the first is the one a daemon uses: IPv6
 * first only when this machine has an IPv6 address of the same scope (loopback for ::1, global otherwise).
 */
function systemOrder(addresses: readonly string[]): string[] {
  const local = Object.values(networkInterfaces()).flatMap((list) => list ?? []);
  const loopback6 = local.some((a) => a.family === 'IPv6' && a.internal);
  const global6 = local.some((a) => a.family === 'IPv6' && !a.internal && !/^fe[89ab]/i.test(a.address));
  const rank = (address: string): number => (isIP(address) === 4 ? 1 : (address === '::1' ? loopback6 : global6) ? 0 : 2);
  return [...addresses].sort((a, b) => rank(a) - rank(b));
}

/**
 * Resolves names through c-ares (`dns.Resolver`), which runs on the event loop and can be cancelled, a few names at
 * a time; each call ends within its own time limit, waiting for a slot included. The hosts file is read first, as
 * getaddrinfo does; names DNS does not know fall back to getaddrinfo, two at a time, for search domains and mDNS.
 */
export class HostResolver {
  private readonly slots: Slots;

  /** Throws on a server that is not an address (ERR_INVALID_IP_ADDRESS), before anything is sent. */
  constructor(private readonly options: HostResolverOptions = {}) {
    this.slots = new Slots(options.concurrency ?? 4);
    if (options.servers !== undefined) new dns.Resolver().setServers([...options.servers]);
  }

  async resolve(host: string, family: 4 | 6 | undefined, timeoutMs: number, signal: AbortSignal): Promise<ResolveResult> {
    if (isIP(host) !== 0) return { ok: true, addresses: [host] };
    const fromHosts = this.options.servers === undefined ? hostsFileAddresses(host).filter((a) => family === undefined || isIP(a) === family) : [];
    if (fromHosts.length > 0) return { ok: true, addresses: systemOrder(fromHosts) };
    const call = new AbortController();
    const timer = setTimeout(() => call.abort('timeout'), timeoutMs);
    const cancel = (): void => call.abort('aborted');
    if (signal.aborted) cancel();
    signal.addEventListener('abort', cancel, { once: true });
    try {
      const release = await this.slots.take(call.signal);
      if (release === null) return { ok: false, error: endedCode(call.signal) };
      let answer: ResolveResult;
      try {
        answer = await this.askDns(host, family, timeoutMs, call.signal);
      } finally {
        release();
      }
      if (answer.ok || this.options.servers !== undefined || !NOT_IN_DNS.has(answer.error)) return answer;
      const fallback = await lookupWithin(host, family, call.signal);
      return fallback.ok ? fallback : answer;
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', cancel);
    }
  }

  private async askDns(host: string, family: 4 | 6 | undefined, timeoutMs: number, signal: AbortSignal): Promise<ResolveResult> {
    // Two tries per server; cancel() ends them at once when the call's time runs out or the caller cancels.
    const resolver = new dns.Resolver({ timeout: Math.max(200, Math.floor(timeoutMs / 3)), tries: 2 });
    if (this.options.servers !== undefined) resolver.setServers([...this.options.servers]);
    const cancel = (): void => resolver.cancel();
    if (signal.aborted) return { ok: false, error: endedCode(signal) };
    signal.addEventListener('abort', cancel, { once: true });
    try {
      const asked = [...(family === 6 ? [] : [resolver.resolve4(host)]), ...(family === 4 ? [] : [resolver.resolve6(host)])];
      const answers = await Promise.allSettled(asked);
      const addresses = answers.flatMap((a) => (a.status === 'fulfilled' ? a.value : []));
      if (addresses.length > 0) return { ok: true, addresses: systemOrder([...new Set(addresses)]) };
      if (signal.aborted) return { ok: false, error: endedCode(signal) };
      const codes = answers.map((a) => (a.status === 'rejected' ? errorCode(a.reason) : 'ENODATA'));
      // A server that failed says more than "no data" for the other family.
      return { ok: false, error: codes.find((c) => !NOT_IN_DNS.has(c)) ?? codes.find((c) => c === 'ENOTFOUND') ?? 'ENODATA' };
    } finally {
      signal.removeEventListener('abort', cancel);
    }
  }
}

/** getaddrinfo, at most two at a time in the process; we stop waiting when `signal` ends, though the thread cannot. */
async function lookupWithin(host: string, family: 4 | 6 | undefined, signal: AbortSignal): Promise<ResolveResult> {
  const release = await threadPoolLookups.take(signal);
  if (release === null) return { ok: false, error: endedCode(signal) };
  const lookup = dns
    .lookup(host, { all: true, family: family ?? 0, verbatim: true })
    .then((entries): ResolveResult => {
      const addresses = [...new Set(entries.map((e) => e.address))];
      return addresses.length > 0 ? { ok: true, addresses } : { ok: false, error: 'ENOTFOUND' };
    })
    .catch((error: unknown): ResolveResult => ({ ok: false, error: errorCode(error) }))
    .finally(release);
  let onEnd: (() => void) | undefined;
  const ended = new Promise<ResolveResult>((resolve) => {
    onEnd = () => resolve({ ok: false, error: endedCode(signal) });
    if (signal.aborted) onEnd();
    else signal.addEventListener('abort', onEnd, { once: true });
  });
  try {
    return await Promise.race([lookup, ended]);
  } finally {
    if (onEnd) signal.removeEventListener('abort', onEnd);
  }
}

const systemResolver = new HostResolver();

/**
 * All addresses of a name (IPv4 and IPv6, in the order getaddrinfo would give them), or why not, within `timeoutMs`
 * counted from this call. Shared by every caller in the process, so many names never flood the DNS server.
 */
export function resolveHost(host: string, family: 4 | 6 | undefined, timeoutMs: number, signal: AbortSignal): Promise<ResolveResult> {
  return systemResolver.resolve(host, family, timeoutMs, signal);
}
