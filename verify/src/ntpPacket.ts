/** NTP packet header (RFC 5905 §7.3, figure 8): 48 bytes, big-endian; extension fields and MAC may follow. */

const NTP_HEADER_LENGTH = 48;
const MODE_CLIENT = 3;
export const MODE_SERVER = 4;
export const LEAP_UNSYNCHRONIZED = 3;
/** Stratum 16 means unsynchronized; on the wire a server says so with 0 (RFC 5905 figure 11). */
export const STRATUM_UNSYNCHRONIZED = 16;

export type LeapIndicator = 0 | 1 | 2 | 3;

export interface NtpPacket {
  readonly leap: LeapIndicator;
  readonly version: number;
  readonly mode: number;
  readonly stratum: number;
  /** log2 seconds, signed. */
  readonly poll: number;
  /** log2 seconds, signed. */
  readonly precision: number;
  /** NTP short format (16.16 seconds) as the raw 32-bit value. */
  readonly rootDelay: number;
  readonly rootDispersion: number;
  readonly referenceId: Uint8Array;
  /** 64-bit wire timestamps (seconds modulo 2^32 and fraction). */
  readonly referenceTimestamp: bigint;
  readonly originTimestamp: bigint;
  readonly receiveTimestamp: bigint;
  readonly transmitTimestamp: bigint;
}

/** A mode 3 (client), version 4 request: all zero but the first byte and the transmit timestamp. */
export function encodeClientRequest(transmitTimestamp: bigint): Uint8Array {
  const bytes = new Uint8Array(NTP_HEADER_LENGTH);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, (0 << 6) | (4 << 3) | MODE_CLIENT);
  view.setBigUint64(40, transmitTimestamp);
  return bytes;
}

type DecodeResult = { readonly ok: true; readonly packet: NtpPacket } | { readonly ok: false; readonly length: number };

export function decodePacket(bytes: Uint8Array): DecodeResult {
  if (bytes.length < NTP_HEADER_LENGTH) return { ok: false, length: bytes.length };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const first = view.getUint8(0);
  return {
    ok: true,
    packet: {
      leap: (first >> 6) as LeapIndicator,
      version: (first >> 3) & 0b111,
      mode: first & 0b111,
      stratum: view.getUint8(1),
      poll: view.getInt8(2),
      precision: view.getInt8(3),
      rootDelay: view.getUint32(4),
      rootDispersion: view.getUint32(8),
      referenceId: bytes.slice(12, 16),
      referenceTimestamp: view.getBigUint64(16),
      originTimestamp: view.getBigUint64(24),
      receiveTimestamp: view.getBigUint64(32),
      transmitTimestamp: view.getBigUint64(40),
    },
  };
}

/** Only tests and the tiny responder build server packets; kept here so both directions share one layout. */
export function encodePacket(packet: NtpPacket): Uint8Array {
  const bytes = new Uint8Array(NTP_HEADER_LENGTH);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, (packet.leap << 6) | ((packet.version & 0b111) << 3) | (packet.mode & 0b111));
  view.setUint8(1, packet.stratum);
  view.setInt8(2, packet.poll);
  view.setInt8(3, packet.precision);
  view.setUint32(4, packet.rootDelay);
  view.setUint32(8, packet.rootDispersion);
  bytes.set(packet.referenceId.subarray(0, 4), 12);
  view.setBigUint64(16, packet.referenceTimestamp);
  view.setBigUint64(24, packet.originTimestamp);
  view.setBigUint64(32, packet.receiveTimestamp);
  view.setBigUint64(40, packet.transmitTimestamp);
  return bytes;
}

/** Kiss codes the client must act on (RFC 5905 §7.4); other stratum-0 codes (INIT, STEP…) only say "not synchronized". */
export type ActionKissCode = 'RATE' | 'DENY' | 'RSTR';
const ACTION_KISS_CODES: ReadonlySet<string> = new Set<ActionKissCode>(['RATE', 'DENY', 'RSTR']);

export function isActionKissCode(code: string | null): code is ActionKissCode {
  return code !== null && ACTION_KISS_CODES.has(code);
}

/** The kiss code of a stratum-0 packet (four ASCII letters in the reference ID), else null. */
export function kissCode(packet: NtpPacket): string | null {
  return packet.stratum === 0 ? asciiReferenceId(packet.referenceId) : null;
}

/**
 * The reference ID as an admin reads it (like ntpq's refid column): ASCII for stratum 0 (kiss code) and 1
 * (clock type such as GPS or PPS); a dotted quad otherwise, which is the upstream's IPv4 address or, for an IPv6
 * upstream, the first four bytes of the MD5 hash of its address (the two cannot be told apart).
 */
export function formatReferenceId(stratum: number, referenceId: Uint8Array): string {
  if (stratum <= 1) return asciiReferenceId(referenceId) ?? hex(referenceId);
  return Array.from(referenceId).join('.');
}

function asciiReferenceId(referenceId: Uint8Array): string | null {
  let end = referenceId.length;
  while (end > 0 && referenceId[end - 1] === 0) end--;
  const printable = referenceId.subarray(0, end);
  if (printable.length === 0 || !printable.every((b) => b >= 0x20 && b < 0x7f)) return null;
  return String.fromCharCode(...printable);
}

export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What the header says about the server's own synchronization (RFC 5905: leap 3, stratum 0 or ≥ 16). */
export function isUnsynchronized(packet: NtpPacket): boolean {
  return packet.leap === LEAP_UNSYNCHRONIZED || packet.stratum === 0 || packet.stratum >= STRATUM_UNSYNCHRONIZED;
}
