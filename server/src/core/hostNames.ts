import { isIPv4, isIPv6 } from 'node:net';

/** The NTP port; chrony's `port N` can name another. */
export const NTP_PORT = 123;
const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)*\.?$/;
const REFCLOCK_ADDRESS = /^127\.127\.(\d{1,3})\.(\d{1,3})$/;

/** net.isIP, but a word without a colon (every IPv6 form has one) never compiles Node's long IPv6 pattern: ~4 ms a process. */
export function ipVersion(text: string): 0 | 4 | 6 {
  if (text.includes(':')) return isIPv6(text) ? 6 : 0;
  return isIPv4(text) ? 4 : 0;
}

export function isHostOrAddress(text: string): boolean {
  return ipVersion(text) !== 0 || HOST_NAME.test(text);
}

/** A UDP port number 1–65535, or null. */
export function parsePort(text: string): number | null {
  if (!/^\d{1,5}$/.test(text)) return null;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : null;
}

/** ntpd reference clocks use pseudo-addresses 127.127.T.U. */
export function isRefclockAddress(address: string): boolean {
  return REFCLOCK_ADDRESS.test(address);
}

/** Driver type and unit of a 127.127.T.U pseudo-address. */
export function refclockId(address: string): { type: number; unit: number } | undefined {
  const match = REFCLOCK_ADDRESS.exec(address);
  if (match === null) return undefined;
  return { type: Number(match[1]), unit: Number(match[2]) };
}

/** Host names compare case-insensitively; `[v6]` brackets and a trailing root dot do not change the host. */
export function normalizedHost(text: string): string {
  let host = text.toLowerCase();
  const last = host.charCodeAt(host.length - 1);
  // Most addresses have neither brackets nor a root dot.
  if (last !== 93 /* ] */ && last !== 46 /* . */) return host;
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  if (host.endsWith('.')) host = host.slice(0, -1);
  return host;
}
