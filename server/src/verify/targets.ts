import { isIP, isIPv6 } from 'node:net';
import { localized, type Localized } from '../l10n/localized';
import { directiveName } from '../parser/parseConfig';
import type { ParsedConfig } from '../parser/types';
import { isRefclockAddress, sourceLines } from '../rules/sourceLines';
import type { ProbeTarget, SkippedSource } from './types';

export const NTP_PORT = 123;
const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)*\.?$/;
const BRACKETED = /^\[([^\]]+)\](?::(\d+))?$/;

export function isHostOrAddress(text: string): boolean {
  return isIP(text) !== 0 || HOST_NAME.test(text);
}

function parsePort(text: string): number | null {
  if (!/^\d{1,5}$/.test(text)) return null;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : null;
}

export type HostArgument = { readonly ok: true; readonly host: string; readonly port: number } | { readonly ok: false; readonly error: string };

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

export interface ConfigTargets {
  readonly targets: ProbeTarget[];
  readonly skipped: SkippedSource[];
}

function refclockReason(address: string): Localized {
  const [, , type, unit] = address.split('.');
  return localized(
    `${address} is a reference clock (driver ${type}, unit ${unit}): the daemon reads it from local hardware, so there is nothing to query over the network.`,
    `${address}는 참조 클록(드라이버 ${type}, 유닛 ${unit})입니다. 데몬이 로컬 하드웨어에서 읽으므로 네트워크로 질의할 대상이 없습니다.`,
  );
}

const REFCLOCK_DIRECTIVE_REASON = localized(
  'A reference clock (refclock) is read by the daemon from local hardware or shared memory, not over the network, so it is not queried.',
  '참조 클록(refclock)은 데몬이 로컬 하드웨어나 공유 메모리에서 읽으며 네트워크로 질의하지 않으므로 건너뜁니다.',
);

/** chrony's `port N` source option; the ntpd family always uses 123. */
function sourcePort(options: readonly string[], config: ParsedConfig): number | 'invalid' {
  if (config.dialect !== 'chrony') return NTP_PORT;
  const at = options.indexOf('port');
  if (at < 0) return NTP_PORT;
  return parsePort(options[at + 1] ?? '') ?? 'invalid';
}

/** Every server, pool and peer line becomes a target; refclocks and lines we cannot query are listed with the reason. */
export function collectConfigTargets(config: ParsedConfig, file?: string): ConfigTargets {
  const targets: ProbeTarget[] = [];
  const skipped: SkippedSource[] = [];
  const skip = (line: number, start: number, end: number, text: string, reason: Localized): void => {
    skipped.push({ ...(file === undefined ? {} : { file }), line, start, end, text, reason });
  };
  for (const source of sourceLines(config)) {
    const first = source.line.tokens[0]!;
    const address = source.address;
    if (address === undefined) {
      skip(first.line, first.start, first.end, source.line.text.trim(), localized('No address on this line.', '이 줄에 주소가 없습니다.'));
      continue;
    }
    if (source.isRefclock || isRefclockAddress(address.text)) {
      skip(address.line, address.start, address.end, address.text, refclockReason(address.text));
      continue;
    }
    if (!isHostOrAddress(address.text)) {
      skip(address.line, address.start, address.end, address.text, localized(`\`${address.text}\` is not a host name or address.`, `\`${address.text}\`은(는) 호스트 이름이나 주소가 아닙니다.`));
      continue;
    }
    const port = sourcePort(source.options, config);
    if (port === 'invalid') {
      skip(address.line, address.start, address.end, address.text, localized('The port option has no valid port number.', 'port 옵션에 올바른 포트 번호가 없습니다.'));
      continue;
    }
    const flags = source.line.tokens.slice(1).map((t) => t.text);
    const family = flags.includes('-4') ? 4 : flags.includes('-6') ? 6 : undefined;
    targets.push({
      label: address.text,
      host: address.text,
      port,
      addresses: source.kind === 'pool' ? 'all' : 'first',
      ...(family === undefined ? {} : { family }),
      source: { ...(file === undefined ? {} : { file }), line: address.line, start: address.start, end: address.end, directive: source.kind },
    });
  }
  for (const line of config.directives) {
    if (directiveName(line, config.dialect) !== 'refclock') continue;
    const first = line.tokens[0]!;
    const last = line.tokens[Math.min(1, line.tokens.length - 1)]!;
    skip(first.line, first.start, last.end, line.text.slice(first.start, last.end), REFCLOCK_DIRECTIVE_REASON);
  }
  skipped.sort((a, b) => a.line - b.line);
  return { targets, skipped };
}
