/**
 * NTP time arithmetic (RFC 5905 §6). Times are bigints counting 2^-32 s since 1900-01-01T00:00Z (the start of
 * era 0) and are never wrapped; only the 64-bit wire format wraps, every 2^32 s (era 1 starts 2036-02-07).
 */

/** One second in NTP fraction units. */
export const NTP_SECOND = 1n << 32n;
const WIRE_WRAP = 1n << 64n;
const HALF_WRAP = 1n << 63n;
const NS_PER_SECOND = 1_000_000_000n;
/** Seconds from the NTP prime epoch (1900) to the Unix epoch (1970). */
const NTP_UNIX_OFFSET_SECONDS = 2_208_988_800n;

/** An unwrapped NTP time, in 2^-32 s since 1900-01-01 (era 0). */
export type NtpTime = bigint;

export function ntpTimeFromUnixNanoseconds(unixNs: bigint): NtpTime {
  return ((unixNs + NTP_UNIX_OFFSET_SECONDS * NS_PER_SECOND) * NTP_SECOND) / NS_PER_SECOND;
}

export function unixNanosecondsFromNtpTime(time: NtpTime): bigint {
  return (time * NS_PER_SECOND) / NTP_SECOND - NTP_UNIX_OFFSET_SECONDS * NS_PER_SECOND;
}

/** The 64-bit timestamp field that carries `time` on the wire (seconds modulo 2^32, fraction). */
export function toWireTimestamp(time: NtpTime): bigint {
  return ((time % WIRE_WRAP) + WIRE_WRAP) % WIRE_WRAP;
}

/** Chooses the era of a wire timestamp so the result lies within ±68 years of `pivot` (our own clock). */
export function fromWireTimestamp(wire: bigint, pivot: NtpTime): NtpTime {
  return wire + floorDivide(pivot - wire + HALF_WRAP, WIRE_WRAP) * WIRE_WRAP;
}

function floorDivide(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** a − b for two wire timestamps, in two's-complement 64-bit arithmetic: right across an era boundary. */
export function wireDifference(a: bigint, b: bigint): bigint {
  const d = (((a - b) % WIRE_WRAP) + WIRE_WRAP) % WIRE_WRAP;
  return d >= HALF_WRAP ? d - WIRE_WRAP : d;
}

export function ntpUnitsToMilliseconds(units: bigint): number {
  return (Number(units) / Number(NTP_SECOND)) * 1000;
}

/** NTP short format (16.16 unsigned seconds), used by root delay and root dispersion. */
export function shortFormatToMilliseconds(value: number): number {
  return (value / 65536) * 1000;
}
