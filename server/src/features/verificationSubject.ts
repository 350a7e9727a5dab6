import { dialectTraits } from '../core/dialectTraits';
import { isHostOrAddress, isRefclockAddress, NTP_PORT, parsePort } from '../core/hostNames';
import { localized, type Localized } from '../core/localized';
import type { ConfiguredSource, ProbeTarget, SkippedSource, VerificationSubject } from '../core/verificationSubject';
import { includesOtherFiles } from '../formats/ntpconf/model/directiveIndex';
import { sourceLines, type SourceLine } from '../formats/ntpconf/model/sourceLines';
import { directiveName } from '../formats/ntpconf/parser/parseConfig';
import type { ParsedConfig } from '../formats/ntpconf/parser/types';
import { particle } from '../core/koreanParticles';

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
function sourcePort(source: SourceLine, config: ParsedConfig): number | 'invalid' {
  if (!dialectTraits(config.dialect).sourcePorts) return NTP_PORT;
  const port = source.bound.option('port');
  if (port === undefined) return NTP_PORT;
  return parsePort(port.value?.text ?? '') ?? 'invalid';
}

/** Every server, pool and peer line becomes a target; refclocks and lines we cannot query are listed with the reason. */
function collectConfigTargets(config: ParsedConfig, file?: string): { targets: ProbeTarget[]; skipped: SkippedSource[] } {
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
      skip(
        address.line,
        address.start,
        address.end,
        address.text,
        localized(`\`${address.text}\` is not a host name or address.`, `\`${address.text}\`${particle(address.text, '은')} 호스트 이름이나 주소가 아닙니다.`),
      );
      continue;
    }
    const port = sourcePort(source, config);
    if (port === 'invalid') {
      skip(
        address.line,
        address.start,
        address.end,
        address.text,
        localized('The port option has no valid port number.', 'port 옵션에 올바른 포트 번호가 없습니다.'),
      );
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

/** Network sources with an address, as a daemon would list them. */
function configuredSources(config: ParsedConfig): ConfiguredSource[] {
  return sourceLines(config)
    .filter((source) => source.address !== undefined && !source.isRefclock)
    .map((source) => {
      const address = source.address!;
      return { kind: source.kind, text: address.text, line: address.line, start: address.start, end: address.end };
    });
}

/** Everything Verify Servers and Check Host need from a parsed config; `file` is carried into locations. */
export function verificationSubject(config: ParsedConfig, file?: string): VerificationSubject {
  return { dialect: config.dialect, ...collectConfigTargets(config, file), sources: configuredSources(config), includesOtherFiles: includesOtherFiles(config) };
}
