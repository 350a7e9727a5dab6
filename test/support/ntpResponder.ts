// A tiny NTP server on loopback that does on demand what a real one won't: kiss, lie, stay silent, send garbage.
import * as dgram from 'node:dgram';
import { systemClock } from '../../verify/src/clock';
import { decodePacket, encodePacket, type NtpPacket } from '../../verify/src/ntpPacket';
import { NTP_SECOND, toWireTimestamp } from '../../verify/src/ntpTime';

/** What to answer one request with: any number of datagrams (none = silence). */
export type Behavior = (request: NtpPacket) => Uint8Array[];

/** The responders' clock; probes in tests share it so offsets are exact up to the round trip. */
export const responderClock = systemClock();
const clock = responderClock;

/** A well-formed server reply to `request`, `offsetMs` ahead of our clock, with any header field changed. */
export function reply(request: NtpPacket, overrides: Partial<NtpPacket> & { offsetMs?: number } = {}): Uint8Array {
  const { offsetMs = 0, ...fields } = overrides;
  const now = clock.now() + (BigInt(Math.round(offsetMs * 1000)) * NTP_SECOND) / 1_000_000n;
  return encodePacket({
    leap: 0,
    version: 4,
    mode: 4,
    stratum: 2,
    poll: 0,
    precision: -20,
    rootDelay: 0x0010,
    rootDispersion: 0x0010,
    referenceId: Uint8Array.from([192, 0, 2, 1]),
    referenceTimestamp: toWireTimestamp(now - NTP_SECOND),
    originTimestamp: request.transmitTimestamp,
    receiveTimestamp: toWireTimestamp(now),
    transmitTimestamp: toWireTimestamp(now + NTP_SECOND / 100_000n),
    ...fields,
  });
}

export function kiss(request: NtpPacket, code: string): Uint8Array {
  return reply(request, { stratum: 0, referenceId: Uint8Array.from(Buffer.from(code, 'latin1')), receiveTimestamp: 0n, transmitTimestamp: 0n });
}

export class NtpResponder {
  /** Arrival times (ms, monotonic) of every request. */
  readonly requests: number[] = [];

  private constructor(
    private readonly socket: dgram.Socket,
    readonly address: string,
    readonly port: number,
  ) {}

  static start(behavior: Behavior, address = '127.0.0.1'): Promise<NtpResponder> {
    const socket = dgram.createSocket(address.includes(':') ? 'udp6' : 'udp4');
    return new Promise((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(0, address, () => {
        const responder = new NtpResponder(socket, address, socket.address().port);
        socket.on('message', (bytes, from) => {
          responder.requests.push(clock.monotonicMs());
          const decoded = decodePacket(bytes);
          if (!decoded.ok) return;
          for (const datagram of behavior(decoded.packet)) socket.send(datagram, from.port, from.address);
        });
        resolve(responder);
      });
    });
  }

  get target(): string {
    return this.address.includes(':') ? `[${this.address}]:${this.port}` : `${this.address}:${this.port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }
}

/** A UDP port on 127.0.0.1 that nothing listens on (bound, read, released). */
export function freePort(address = '127.0.0.1'): Promise<number> {
  const socket = dgram.createSocket(address.includes(':') ? 'udp6' : 'udp4');
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, address, () => {
      const port = socket.address().port;
      socket.close(() => resolve(port));
    });
  });
}
