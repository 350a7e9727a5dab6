import { decodePacket, isActionKissCode, kissCode, MODE_SERVER, type ActionKissCode, type NtpPacket } from './ntpPacket';
import { ntpUnitsToMilliseconds, shortFormatToMilliseconds, toWireTimestamp, wireDifference, type NtpTime } from './ntpTime';

/** One request we sent: T1 by our clock, and the random transmit timestamp the reply must echo as its origin. */
export interface SentRequest {
  readonly sentAt: NtpTime;
  readonly nonce: bigint;
}

export interface NtpSample {
  /** θ = ((T2 − T1) + (T3 − T4)) / 2: how far the server's clock is ahead of ours. */
  readonly offsetMs: number;
  /** δ = (T4 − T1) − (T3 − T2): the round trip without the server's processing time. */
  readonly delayMs: number;
  /** The error bound of the offset: δ/2 + root delay/2 + root dispersion (RFC 5905 §11.2.2, without jitter). */
  readonly rootDistanceMs: number;
}

/** Why a datagram was not taken as the answer to our request. */
export type IgnoredReason = 'short' | 'not-server-mode' | 'bad-version' | 'origin-mismatch' | 'negative-delay';

export type ReplyVerdict =
  | { readonly kind: 'sample'; readonly packet: NtpPacket; readonly sample: NtpSample }
  /** The server answered but left its timestamps zero (a server that has never been synchronized may do this). */
  | { readonly kind: 'no-time'; readonly packet: NtpPacket }
  | { readonly kind: 'kiss'; readonly packet: NtpPacket; readonly code: ActionKissCode }
  | { readonly kind: 'ignored'; readonly reason: IgnoredReason; readonly length: number };

/** Checks a datagram against the request it should answer (RFC 5905 §8 and §7.4), then computes offset and delay. */
export function interpretReply(bytes: Uint8Array, request: SentRequest, receivedAt: NtpTime): ReplyVerdict {
  const decoded = decodePacket(bytes);
  if (!decoded.ok) return { kind: 'ignored', reason: 'short', length: bytes.length };
  const packet = decoded.packet;
  const ignored = (reason: IgnoredReason): ReplyVerdict => ({ kind: 'ignored', reason, length: bytes.length });
  if (packet.mode !== MODE_SERVER) return ignored('not-server-mode');
  if (packet.version < 1 || packet.version > 4) return ignored('bad-version');
  // The echoed random nonce is the only proof that this is an answer to our request and not a spoof or a late reply.
  if (packet.originTimestamp !== request.nonce) return ignored('origin-mismatch');
  const kiss = kissCode(packet);
  if (isActionKissCode(kiss)) return { kind: 'kiss', packet, code: kiss };
  if (packet.receiveTimestamp === 0n || packet.transmitTimestamp === 0n) return { kind: 'no-time', packet };
  const sample = computeSample(packet, request.sentAt, receivedAt);
  if (sample.delayMs < 0) return ignored('negative-delay');
  return { kind: 'sample', packet, sample };
}

/** Offset and delay from the four timestamps; differences wrap in 64 bits so an era boundary between them is harmless. */
export function computeSample(packet: NtpPacket, sentAt: NtpTime, receivedAt: NtpTime): NtpSample {
  const t1 = toWireTimestamp(sentAt);
  const t4 = toWireTimestamp(receivedAt);
  const t2 = packet.receiveTimestamp;
  const t3 = packet.transmitTimestamp;
  const offsetUnits = (wireDifference(t2, t1) + wireDifference(t3, t4)) / 2n;
  const delayUnits = wireDifference(t4, t1) - wireDifference(t3, t2);
  const offsetMs = ntpUnitsToMilliseconds(offsetUnits);
  const delayMs = ntpUnitsToMilliseconds(delayUnits);
  const rootDistanceMs = delayMs / 2 + shortFormatToMilliseconds(packet.rootDelay) / 2 + shortFormatToMilliseconds(packet.rootDispersion);
  return { offsetMs, delayMs, rootDistanceMs };
}
