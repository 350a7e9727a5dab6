import { particle } from '../../core/koreanParticles';
import type { ConfigLine } from '../../formats/ntpconf/parser/types';
import { isLoopback } from '../../rules/access/addresses';
import { ntpAccess, type RestrictEntry } from '../../rules/access/restrictLines';
import type { ConversionContext } from './context';

/** Flags with which ntpd answered no time requests from the matching addresses. */
const REFUSING = ['ignore', 'noserve'];

function refuses(entry: RestrictEntry): boolean {
  return REFUSING.some((flag) => entry.flagNames.has(flag));
}

/** Leading one bits of a mask; undefined when the mask is not contiguous. */
function prefixLength(mask: readonly number[]): number | undefined {
  const bits = mask.map((byte) => byte.toString(2).padStart(8, '0')).join('');
  const ones = bits.indexOf('0') < 0 ? bits.length : bits.indexOf('0');
  return bits.slice(ones).includes('1') ? undefined : ones;
}

/** The subnet as chrony's `allow`/`deny` write it. */
function chronySubnet(entry: RestrictEntry): string | undefined {
  const { target } = entry;
  if (target.kind === 'default') return entry.family === 'ipv4' ? '0.0.0.0/0' : entry.family === 'ipv6' ? '::/0' : '';
  if (target.kind !== 'network') return undefined;
  if (target.cidr) return entry.addressToken.text;
  const prefix = prefixLength(target.mask);
  if (prefix === undefined) return undefined;
  if (prefix === 0) return target.address.family === 'ipv4' ? '0.0.0.0/0' : '::/0';
  return prefix === target.mask.length * 8 ? entry.addressToken.text : `${entry.addressToken.text}/${prefix}`;
}

function noteDefault(context: ConversionContext, entry: RestrictEntry, subnet: string): void {
  const shown = subnet === '' ? 'allow' : `allow ${subnet}`;
  context.note(
    entry.line,
    'open-access',
    'warning',
    `ntpd served time to every address (this \`restrict default\` has neither \`ignore\` nor \`noserve\`), so the conversion does too: \`${shown}\`. To serve only your networks, write \`allow 192.168.0.0/16\` (your subnets) instead.`,
    `이 \`restrict default\`에는 \`ignore\`도 \`noserve\`도 없어 ntpd가 모든 주소에 시간을 주었으므로, 변환 결과도 그렇게 합니다: \`${shown}\`. 내 네트워크에만 주려면 대신 \`allow 192.168.0.0/16\`(내 서브넷)처럼 쓰세요.`,
  );
  if (!entry.flagNames.has('noquery'))
    context.note(
      entry.line,
      'command-port',
      'information',
      'ntpd answered ntpq/ntpdc queries from everyone (no `noquery`). chrony answers chronyc only on this host; to monitor it remotely add `bindcmdaddress 0.0.0.0` and `cmdallow SUBNET` (remote chronyc can read, never change, the clock).',
      'ntpd가 모두의 ntpq/ntpdc 질의에 답했습니다(`noquery` 없음). chrony는 이 호스트에서만 chronyc에 답합니다. 원격으로 보려면 `bindcmdaddress 0.0.0.0`과 `cmdallow 서브넷`을 더하세요(원격 chronyc는 읽기만 하고 시계를 바꾸지 못합니다).',
    );
}

/** `restrict` lines as `allow`/`deny`, faithful to whom ntpd served time. */
export function convertAccess(context: ConversionContext): Map<ConfigLine, readonly string[]> {
  const out = new Map<ConfigLine, readonly string[]>();
  const access = ntpAccess(context.config);
  let limited = false;
  const commandBinds = new Set<string>();
  for (const entry of access.restricts) {
    const subnet = chronySubnet(entry);
    if (entry.target.kind === 'source') {
      out.set(entry.line, []);
      context.note(
        entry.line,
        'not-needed',
        'information',
        '`restrict source` loosened access for the servers ntpd polls; chrony needs no rule for its own sources.',
        '`restrict source`는 ntpd가 폴링하는 서버에 대한 제한을 풀어 줍니다. chrony는 자신의 소스에 규칙이 필요 없습니다.',
      );
      continue;
    }
    if (entry.target.kind === 'network' && isLoopback(entry.target.address)) {
      out.set(entry.line, []);
      context.note(
        entry.line,
        'not-needed',
        'information',
        'A rule for this host itself: chronyc talks to chronyd over a local socket, and chrony needs no `allow` for it.',
        '이 호스트 자신에 대한 규칙입니다. chronyc는 로컬 소켓으로 chronyd와 통신하므로 `allow`가 필요 없습니다.',
      );
      continue;
    }
    if (entry.target.kind === 'hostname') {
      out.set(entry.line, []);
      context.note(
        entry.line,
        'not-converted',
        'warning',
        `ntpd resolved ${entry.target.name} once at start; chrony's \`allow\`/\`deny\` take addresses and subnets only (chronyd refuses a name). Write its address or subnet. For a server you poll, nothing is needed: chrony always accepts its own sources' replies.`,
        `ntpd는 ${entry.target.name}${particle(entry.target.name, '을')} 시작할 때 한 번 풀었습니다. chrony의 \`allow\`/\`deny\`는 주소와 서브넷만 받습니다(이름은 chronyd가 거부). 주소나 서브넷을 쓰세요. 폴링하는 서버라면 아무것도 필요 없습니다: chrony는 자기 소스의 응답을 늘 받습니다.`,
      );
      continue;
    }
    if (subnet === undefined) {
      out.set(entry.line, []);
      context.note(
        entry.line,
        'not-converted',
        'warning',
        'This address or mask is not one chrony can express (a non-contiguous mask or an unreadable address); write the `allow`/`deny` by hand.',
        '이 주소나 마스크는 chrony로 나타낼 수 없습니다(연속되지 않은 마스크나 읽을 수 없는 주소). `allow`/`deny`를 직접 쓰세요.',
      );
      continue;
    }
    const refused = refuses(entry);
    if (!refused && (entry.flagNames.has('limited') || entry.flagNames.has('kod'))) limited = true;
    if (entry.isDefault) {
      // chrony serves nobody unless told: a refusing default needs no line.
      if (refused) out.set(entry.line, []);
      else {
        out.set(entry.line, [subnet === '' ? 'allow' : `allow ${subnet}`]);
        noteDefault(context, entry, subnet);
      }
      continue;
    }
    const lines = [`${refused ? 'deny' : 'allow'} ${subnet}`];
    // The most specific entry's flags are the ones ntpd applied: without `noquery`, ntpq could read this host from there.
    if (!entry.flagNames.has('noquery') && !entry.flagNames.has('ignore')) {
      lines.push(`cmdallow ${subnet}`);
      const family = entry.target.kind === 'network' ? entry.target.address.family : 'ipv4';
      if (!commandBinds.has(family)) {
        commandBinds.add(family);
        lines.push(`bindcmdaddress ${family === 'ipv4' ? '0.0.0.0' : '::'}`);
      }
      context.note(
        entry.line,
        'command-port',
        'information',
        `ntpd answered ntpq/ntpdc queries from ${subnet} (no \`noquery\`): \`cmdallow\` with a non-loopback \`bindcmdaddress\` lets chronyc there read this host's state. Remote chronyc can never change the clock (only the local socket can), so \`nomodify\` needs no counterpart. Remove both lines if nobody monitors from there.`,
        `ntpd가 ${subnet}의 ntpq/ntpdc 질의에 답했습니다(\`noquery\` 없음). \`cmdallow\`와 루프백이 아닌 \`bindcmdaddress\`로 그곳의 chronyc가 이 호스트 상태를 읽을 수 있습니다. 원격 chronyc는 시계를 바꿀 수 없으므로(로컬 소켓만 가능) \`nomodify\`는 대응할 것이 없습니다. 거기서 모니터링하지 않으면 두 줄을 지우세요.`,
      );
    }
    out.set(entry.line, lines);
  }
  if (access.restricts.length === 0 && context.config.directives.length > 0) {
    const first = context.config.directives[0] as ConfigLine;
    context.note(
      first,
      'open-access',
      'information',
      'ntpd answered time requests from anyone (there is no `restrict`); chrony serves nobody until told to. If this host serves others, add `allow SUBNET`.',
      '`restrict`가 없어 ntpd는 누구의 시간 요청에도 답했습니다. chrony는 따로 정하기 전까지 아무에게도 시간을 주지 않습니다. 이 호스트가 다른 호스트에 시간을 준다면 `allow 서브넷`을 더하세요.',
    );
  }
  if (limited) {
    const line = access.restricts.find((entry) => entry.flagNames.has('limited') || entry.flagNames.has('kod'))?.line;
    if (line !== undefined) {
      out.set(line, [...(out.get(line) ?? []), 'ratelimit']);
      context.note(
        line,
        'changed-meaning',
        'information',
        '`limited`/`kod` became `ratelimit`: with its defaults chrony answers a client a burst of 8 requests, then one per 8 s on average, and drops the rest.',
        '`limited`/`kod`는 `ratelimit`이 되었습니다. chrony는 기본값으로 클라이언트에 요청 8개를 몰아서 답한 뒤 평균 8초에 한 번만 답하고 나머지는 버립니다.',
      );
    }
  }
  return out;
}
