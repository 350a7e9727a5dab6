import { isIPv6 } from 'node:net';
import { isHostOrAddress, NTP_PORT, parsePort } from '../../server/src/core/hostNames';
import type { ProbeTarget } from './types';

const BRACKETED = /^\[([^\]]+)\](?::(\d+))?$/;

type HostArgument = { readonly ok: true; readonly host: string; readonly port: number } | { readonly ok: false; readonly error: string };

/** `host`, `host:port`, `[v6addr]:port`, `[v6addr]` or a bare IPv6 address. */
export function parseHostArgument(text: string): HostArgument {
  const bracketed = BRACKETED.exec(text);
  if (bracketed) {
    const [, host, portText] = bracketed as unknown as [string, string, string | undefined];
    if (!isIPv6(host)) return { ok: false, error: `'${host}' in brackets is not an IPv6 address` };
    const port = portText === undefined ? NTP_PORT : parsePort(portText);
    return port === null ? { ok: false, error: `bad port '${portText}'` } : { ok: true, host, port };
  }
  if (isIPv6(text)) return { ok: true, host: text, port: NTP_PORT };
  const colon = text.lastIndexOf(':');
  if (colon >= 0) {
    const host = text.slice(0, colon);
    const port = parsePort(text.slice(colon + 1));
    if (port === null) return { ok: false, error: `bad port '${text.slice(colon + 1)}' (write IPv6 addresses with a port as [addr]:port)` };
    if (!isHostOrAddress(host) || isIPv6(host)) return { ok: false, error: `'${host}' is not a host name or address` };
    return { ok: true, host, port };
  }
  if (!isHostOrAddress(text)) return { ok: false, error: `'${text}' is not a host name, an address or a readable file` };
  return { ok: true, host: text, port: NTP_PORT };
}

export function hostTarget(label: string, host: string, port: number): ProbeTarget {
  return { label, host, port, addresses: 'first' };
}
