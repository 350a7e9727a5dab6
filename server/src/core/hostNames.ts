/** The NTP port; chrony's `port N` can name another. */
export const NTP_PORT = 123;
const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)*\.?$/;
const REFCLOCK_ADDRESS = /^127\.127\.(\d{1,3})\.(\d{1,3})$/;

// Node's own patterns (lib/internal/net.js), so `node:net` and what it loads stay out of a short lint (~5 ms); the unit
// test holds them to net.isIPv4/isIPv6.
const V4_SEGMENT = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const V4_ADDRESS = `(?:${V4_SEGMENT}\\.){3}${V4_SEGMENT}`;
const IPV4 = new RegExp(`^${V4_ADDRESS}$`);
let ipv6: RegExp | undefined;

function ipv6Pattern(): RegExp {
  const seg = '(?:[0-9a-fA-F]{1,4})';
  const v4 = V4_ADDRESS;
  return new RegExp(
    '^(?:' +
      `(?:${seg}:){7}(?:${seg}|:)|` +
      `(?:${seg}:){6}(?:${v4}|:${seg}|:)|` +
      `(?:${seg}:){5}(?::${v4}|(?::${seg}){1,2}|:)|` +
      `(?:${seg}:){4}(?:(?::${seg}){0,1}:${v4}|(?::${seg}){1,3}|:)|` +
      `(?:${seg}:){3}(?:(?::${seg}){0,2}:${v4}|(?::${seg}){1,4}|:)|` +
      `(?:${seg}:){2}(?:(?::${seg}){0,3}:${v4}|(?::${seg}){1,5}|:)|` +
      `(?:${seg}:){1}(?:(?::${seg}){0,4}:${v4}|(?::${seg}){1,6}|:)|` +
      `(?::(?:(?::${seg}){0,5}:${v4}|(?::${seg}){1,7}|:))` +
      ')(?:%[0-9a-zA-Z-.:]{1,})?$',
  );
}

/** net.isIP; a word without a colon (every IPv6 form has one) never compiles the long IPv6 pattern. */
export function ipVersion(text: string): 0 | 4 | 6 {
  if (text.includes(':')) return (ipv6 ??= ipv6Pattern()).test(text) ? 6 : 0;
  return IPV4.test(text) ? 4 : 0;
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
