import { randomBytes } from 'node:crypto';
import * as dgram from 'node:dgram';
import { isIPv6 } from 'node:net';
import type { ProbeClock } from './clock';
import { interpretReply, type ReplyVerdict, type SentRequest } from './ntpExchange';
import { encodeClientRequest, encodePacket, MODE_SERVER } from './ntpPacket';
import { toWireTimestamp } from './ntpTime';

export type QueryOutcome =
  | { readonly kind: 'reply'; readonly verdict: Exclude<ReplyVerdict, { kind: 'ignored' }>; readonly bytes: Uint8Array; readonly request: SentRequest }
  | { readonly kind: 'timeout' }
  /** ICMP port unreachable: nothing listens on that port. */
  | { readonly kind: 'refused' }
  | { readonly kind: 'error'; readonly code: string }
  | { readonly kind: 'aborted' };

/** A datagram from the server that did not answer our request (spoofed, late, malformed). */
export type IgnoredDatagram = Extract<ReplyVerdict, { kind: 'ignored' }> & { readonly bytes: Uint8Array };

/** The network edge: one connected UDP socket per address, one request in flight at a time. */
interface NtpConnection {
  query(timeoutMs: number, signal: AbortSignal, onIgnored: (datagram: IgnoredDatagram) => void): Promise<QueryOutcome>;
  close(): void;
}

export type ConnectResult = { readonly ok: true; readonly connection: NtpConnection } | { readonly ok: false; readonly code: string };

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}

/** A random 64-bit nonce for the transmit timestamp (never zero: zero means "not set"). */
function randomNonce(): bigint {
  const value = randomBytes(8).readBigUInt64BE();
  return value === 0n ? 1n : value;
}

/**
 * Connects a UDP socket to address:port. Connected, the kernel drops datagrams from anyone else and reports
 * ICMP port unreachable as ECONNREFUSED.
 */
export function connectNtp(address: string, port: number, clock: ProbeClock): Promise<ConnectResult> {
  const socket = dgram.createSocket({ type: isIPv6(address) ? 'udp6' : 'udp4' });
  let current: ((bytes: Uint8Array | null, error?: unknown) => void) | null = null;
  socket.on('message', (bytes) => current?.(bytes));
  // Errors after connect (ECONNREFUSED from recvmsg) go to the query in flight; with none in flight they are moot.
  socket.on('error', (error) => current?.(null, error));
  const close = (): void => {
    current = null;
    try {
      socket.close();
    } catch {
      // Already closed.
    }
  };
  const connection: NtpConnection = {
    query: (timeoutMs, signal, onIgnored) =>
      new Promise<QueryOutcome>((resolve) => {
        if (signal.aborted) return resolve({ kind: 'aborted' });
        const nonce = randomNonce();
        const bytes = encodeClientRequest(nonce);
        let request: SentRequest | null = null;
        const finish = (outcome: QueryOutcome): void => {
          current = null;
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          resolve(outcome);
        };
        const onAbort = (): void => finish({ kind: 'aborted' });
        const timer = setTimeout(() => finish({ kind: 'timeout' }), timeoutMs);
        signal.addEventListener('abort', onAbort, { once: true });
        current = (datagram, error) => {
          // T4 first: anything done before this reading would count as network delay.
          const receivedAt = clock.now();
          if (datagram === null) {
            const code = errorCode(error);
            finish(code === 'ECONNREFUSED' ? { kind: 'refused' } : { kind: 'error', code });
            return;
          }
          if (request === null) return;
          const verdict = interpretReply(datagram, request, receivedAt);
          if (verdict.kind === 'ignored') onIgnored({ ...verdict, bytes: datagram });
          else finish({ kind: 'reply', verdict, bytes: datagram, request });
        };
        request = { sentAt: clock.now(), nonce: toWireTimestamp(nonce) };
        socket.send(bytes, (error) => {
          if (error) finish({ kind: 'error', code: errorCode(error) });
        });
      }),
    close,
  };
  return new Promise<ConnectResult>((resolve) => {
    const onConnectError = (error: unknown): void => {
      close();
      resolve({ ok: false, code: errorCode(error) });
    };
    socket.once('error', onConnectError);
    try {
      socket.connect(port, address, () => {
        socket.off('error', onConnectError);
        resolve({ ok: true, connection });
      });
    } catch (error) {
      onConnectError(error);
    }
  });
}

let warmedUp: Promise<void> | undefined;

/**
 * Sends one fake server reply from our own loopback socket to itself and interprets it, once per process. The first
 * use of the socket, event and packet code is slow (lazy initialization, JIT); without this, a first sample pays that
 * between T1 and T4 and its offset is off by milliseconds. No packet leaves this machine, and no server is queried.
 */
export function warmUpNtpPath(clock: ProbeClock): Promise<void> {
  warmedUp ??= new Promise<void>((resolve) => {
    const socket = dgram.createSocket('udp4');
    const done = (): void => {
      clearTimeout(timer);
      try {
        socket.close();
      } catch {
        // Already closed.
      }
      resolve();
    };
    const timer = setTimeout(done, 200);
    const nonce = randomNonce();
    const request = { sentAt: clock.now(), nonce };
    const now = toWireTimestamp(clock.now());
    const fake = encodePacket({
      leap: 0,
      version: 4,
      mode: MODE_SERVER,
      stratum: 2,
      poll: 0,
      precision: -20,
      rootDelay: 0,
      rootDispersion: 0,
      referenceId: new Uint8Array(4),
      referenceTimestamp: now,
      originTimestamp: nonce,
      receiveTimestamp: now,
      transmitTimestamp: now,
    });
    socket.on('error', done);
    socket.on('message', (bytes) => {
      interpretReply(bytes, request, clock.now());
      done();
    });
    socket.bind(0, '127.0.0.1', () => {
      socket.connect(socket.address().port, '127.0.0.1', () => socket.send(fake));
    });
  });
  return warmedUp;
}
