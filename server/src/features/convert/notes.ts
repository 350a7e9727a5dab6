import { localized, type Localized } from '../../core/localized';
import type { ConfigLine } from '../../formats/ntpconf/parser/types';
import type { ConversionContext } from './context';

/** Directives with no chrony counterpart: why, and the closest chrony practice. */
const EXPLAINED: ReadonlyMap<string, Localized> = new Map([
  [
    'broadcast',
    localized(
      'chrony does not send broadcast or multicast NTP: clients should poll this host with `server HOST iburst` (and this host needs `allow SUBNET`).',
      'chrony는 브로드캐스트/멀티캐스트 NTP를 보내지 않습니다. 클라이언트가 `server 호스트 iburst`로 이 호스트를 폴링하게 하세요(이 호스트에는 `allow 서브넷`이 필요).',
    ),
  ],
  [
    'broadcastclient',
    localized(
      'chrony does not listen to broadcast NTP: poll the broadcasting server with `server HOST iburst`.',
      'chrony는 브로드캐스트 NTP를 듣지 않습니다. 브로드캐스트하던 서버를 `server 호스트 iburst`로 폴링하세요.',
    ),
  ],
  [
    'multicastclient',
    localized(
      'chrony does not listen to multicast NTP: poll the server with `server HOST iburst`.',
      'chrony는 멀티캐스트 NTP를 듣지 않습니다. 서버를 `server 호스트 iburst`로 폴링하세요.',
    ),
  ],
  [
    'manycastclient',
    localized(
      'chrony has no manycast: `pool NAME iburst` finds several servers behind one name.',
      'chrony에는 매니캐스트가 없습니다. `pool 이름 iburst`가 한 이름 뒤의 여러 서버를 찾습니다.',
    ),
  ],
  [
    'manycastserver',
    localized(
      'chrony has no manycast: clients find this server by name (`server`/`pool`); `allow SUBNET` lets them in.',
      'chrony에는 매니캐스트가 없습니다. 클라이언트는 이름으로(`server`/`pool`) 이 서버를 찾고, `allow 서브넷`이 그들을 허용합니다.',
    ),
  ],
  ['broadcastdelay', localized('Only for broadcast clients, which chrony does not have.', '브로드캐스트 클라이언트용이며, chrony에는 없습니다.')],
  [
    'crypto',
    localized(
      'Autokey is not in chrony (and is broken by design): use symmetric keys (`keyfile` + `key N`) or NTS (`server HOST nts`).',
      'Autokey는 chrony에 없습니다(설계부터 취약). 대칭 키(`keyfile` + `key N`)나 NTS(`server 호스트 nts`)를 쓰세요.',
    ),
  ],
  [
    'autokey',
    localized(
      'Autokey is not in chrony: use symmetric keys (`keyfile` + `key N`) or NTS (`server HOST nts`).',
      'Autokey는 chrony에 없습니다. 대칭 키(`keyfile` + `key N`)나 NTS(`server 호스트 nts`)를 쓰세요.',
    ),
  ],
  [
    'keysdir',
    localized(
      'Autokey key directory; chrony has no Autokey (NTS keys: `ntsserverkey`/`ntsservercert`).',
      'Autokey 키 디렉터리입니다. chrony에는 Autokey가 없습니다(NTS 키는 `ntsserverkey`/`ntsservercert`).',
    ),
  ],
  ['revoke', localized('Autokey setting; chrony has no Autokey.', 'Autokey 설정이며, chrony에는 Autokey가 없습니다.')],
  ['ident', localized('Autokey setting; chrony has no Autokey.', 'Autokey 설정이며, chrony에는 Autokey가 없습니다.')],
  [
    'authenticate',
    localized(
      'chrony always authenticates a source that names a key (`key N`) and never one that does not: there is nothing to switch.',
      'chrony는 키를 지정한(`key N`) 소스는 항상 인증하고 아닌 소스는 인증하지 않으므로, 켜고 끌 것이 없습니다.',
    ),
  ],
  ['authdelay', localized('chrony measures its own authentication delay.', 'chrony는 인증 지연을 스스로 잽니다.')],
  [
    'interface',
    localized(
      'chrony listens where `bindaddress ADDRESS` says (one per family); it cannot ignore single interfaces except with `binddevice`.',
      'chrony는 `bindaddress 주소`(주소 체계마다 하나)로 정한 곳에서 듣습니다. 인터페이스 하나만 빼는 것은 `binddevice` 외에는 안 됩니다.',
    ),
  ],
  ['listen', localized('chrony listens where `bindaddress ADDRESS` says.', 'chrony는 `bindaddress 주소`로 정한 곳에서 듣습니다.')],
  [
    'tracefile',
    localized(
      'xntpd debug trace; chronyd logs to syslog, and `chronyd -d` runs it in the foreground with messages on the terminal.',
      'xntpd 디버그 추적입니다. chronyd는 syslog에 기록하며, `chronyd -d`로 포그라운드에서 터미널에 메시지를 볼 수 있습니다.',
    ),
  ],
  [
    'slewalways',
    localized(
      'chrony slews unless `makestep` allows a step: no `makestep` is written, so it always slews (at most `maxslewrate`, 83333 ppm by default).',
      'chrony는 `makestep`이 허용하지 않으면 항상 천천히 맞춥니다. `makestep`을 쓰지 않았으므로 늘 slew합니다(최대 `maxslewrate`, 기본 83333 ppm).',
    ),
  ],
  [
    'logconfig',
    localized('chronyd logs to syslog; filter it there (rsyslog, journald).', 'chronyd는 syslog에 기록하므로 그쪽(rsyslog, journald)에서 거르세요.'),
  ],
  ['setvar', localized('ntpq variables do not exist in chrony.', 'ntpq 변수는 chrony에 없습니다.')],
  [
    'trap',
    localized(
      'ntpd traps (mode 6 event messages) do not exist in chrony; monitor with `chronyc tracking`/`sources`.',
      'ntpd 트랩(모드 6 이벤트)은 chrony에 없습니다. `chronyc tracking`/`sources`로 모니터링하세요.',
    ),
  ],
  ['mru', localized('chrony sizes its client log with `clientloglimit BYTES`.', 'chrony는 클라이언트 기록 크기를 `clientloglimit 바이트`로 정합니다.')],
  ['discard', localized('chrony limits clients with `ratelimit interval N burst M`.', 'chrony는 `ratelimit interval N burst M`으로 클라이언트를 제한합니다.')],
  ['phone', localized('The modem driver is not in chrony.', '모뎀 드라이버는 chrony에 없습니다.')],
  ['nonvolatile', localized('chrony saves the frequency in its `driftfile`.', 'chrony는 주파수를 `driftfile`에 저장합니다.')],
  ['saveconfigdir', localized('chrony cannot save its configuration at run time.', 'chrony는 실행 중에 설정을 저장하지 못합니다.')],
  [
    'includefile',
    localized(
      'Included files are not followed: convert that file too and add `include FILE` (or put it in /etc/chrony/conf.d).',
      '포함 파일은 따라가지 않습니다. 그 파일도 변환한 뒤 `include 파일`을 더하세요(또는 /etc/chrony/conf.d에 두세요).',
    ),
  ],
]);

const TOS_MAPPED: ReadonlyMap<string, string> = new Map([
  ['minsane', 'minsources'],
  ['maxdist', 'maxdistance'],
]);
const TOS_VALUE = /^\d+(\.\d+)?$/;

/** `tos`: orphan goes to `local` (refclocks.ts), minsane and maxdist have chrony names; the rest are explained. */
function convertTos(line: ConfigLine, context: ConversionContext, hasLocal: boolean): string[] {
  const words = context.words(line);
  const out: string[] = [];
  const dropped: string[] = [];
  for (let i = 0; i + 1 < words.length; i += 2) {
    const [name, value] = [words[i] as string, words[i + 1] as string];
    const mapped = TOS_MAPPED.get(name);
    if (mapped !== undefined && TOS_VALUE.test(value) && (name !== 'minsane' || /^\d+$/.test(value))) out.push(`${mapped} ${value}`);
    else if (name === 'orphan' && !TOS_VALUE.test(value)) dropped.push(`${name} ${value}`);
    else if (name === 'orphan' && !hasLocal) out.push(`local stratum ${Math.max(1, Math.min(15, Number(value) || 10))} orphan`);
    else if (name !== 'orphan') dropped.push(`${name} ${value}`);
    else
      context.note(
        line,
        'changed-meaning',
        'information',
        '`tos orphan` became the `orphan` option of the `local` line (from the local clock).',
        '`tos orphan`은 (로컬 시계에서 온) `local` 줄의 `orphan` 옵션이 되었습니다.',
      );
  }
  if (out.length > 0)
    context.note(
      line,
      'changed-meaning',
      'information',
      `Became: ${out.join('; ')} (tos minsane → minsources, maxdist → maxdistance, orphan → local … orphan).`,
      `다음이 되었습니다: ${out.join('; ')} (tos minsane → minsources, maxdist → maxdistance, orphan → local … orphan).`,
    );
  if (dropped.length > 0)
    context.note(
      line,
      'not-converted',
      'information',
      `No chrony counterpart: ${dropped.join(', ')}. chrony's selection is tuned with \`minsources\`, \`maxdistance\`, \`combinelimit\`, \`reselectdist\`.`,
      `chrony에 대응하는 것이 없습니다: ${dropped.join(', ')}. chrony의 소스 선택은 \`minsources\`, \`maxdistance\`, \`combinelimit\`, \`reselectdist\`로 조정합니다.`,
    );
  return out;
}

/** `tinker`: panic and step shape `makestep`/`maxchange` (see defaults.ts); the rest are explained. */
function convertTinker(line: ConfigLine, context: ConversionContext): string[] {
  const words = context.words(line);
  const pairs = words.flatMap((word, i) => (i % 2 === 0 ? [`${word} ${words[i + 1] ?? ''}`] : []));
  context.note(
    line,
    'not-converted',
    'information',
    `No \`tinker\` in chrony (${pairs.join(', ')}). Closest: \`makestep THRESHOLD LIMIT\` for step, \`maxchange\` for panic, \`maxslewrate\` for the slew limit; \`tinker panic 0\` needs nothing (chronyd never exits on a large offset unless \`maxchange\` says so).`,
    `chrony에는 \`tinker\`가 없습니다(${pairs.join(', ')}). 가장 가까운 것: step은 \`makestep 임계값 횟수\`, panic은 \`maxchange\`, slew 한도는 \`maxslewrate\`. \`tinker panic 0\`은 필요 없습니다(\`maxchange\`가 없으면 chronyd는 큰 오차로 종료하지 않음).`,
  );
  return [];
}

function convertFlags(line: ConfigLine, context: ConversionContext): string[] {
  const words = context.words(line);
  const name = line.tokens[0]?.text ?? '';
  context.note(
    line,
    'not-converted',
    'information',
    `\`${name} ${words.join(' ')}\`: chrony has no such switches. Its counterparts: \`rtcsync\` for the kernel's RTC sync, \`ratelimit\`/\`clientloglimit\` for monitor, \`hwtimestamp\` for timestamping; the kernel discipline is always used.`,
    `\`${name} ${words.join(' ')}\`: chrony에는 이런 스위치가 없습니다. 대응하는 것: 커널 RTC 동기화는 \`rtcsync\`, monitor는 \`ratelimit\`/\`clientloglimit\`, 타임스탬프는 \`hwtimestamp\`. 커널 보정은 늘 씁니다.`,
  );
  return [];
}

/** NTPsec's server-side `nts` line: the certificate and key have chrony names; the rest is chrony's default or has none. */
function convertNts(line: ConfigLine, context: ConversionContext): string[] {
  const words = context.words(line);
  const out: string[] = [];
  const dropped: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const value = words[i + 1];
    if ((word === 'cert' || word === 'key') && value !== undefined) {
      out.push(`${word === 'cert' ? 'ntsservercert' : 'ntsserverkey'} ${value}`);
      i++;
    } else if (word !== 'enable') dropped.push(word);
  }
  context.note(
    line,
    out.length > 0 ? 'changed-meaning' : 'not-converted',
    'information',
    `chrony serves NTS once it has \`ntsservercert\` and \`ntsserverkey\` (and \`allow\` for the clients).${dropped.length > 0 ? ` No counterpart for: ${dropped.join(' ')} (chrony's TLS settings are its defaults; \`ntsdumpdir\` keeps the server keys).` : ''}`,
    `chrony는 \`ntsservercert\`와 \`ntsserverkey\`가 있으면 NTS를 제공합니다(클라이언트용 \`allow\`도 필요).${dropped.length > 0 ? ` 대응하는 것이 없는 것: ${dropped.join(' ')} (chrony의 TLS 설정은 기본값을 따르고, \`ntsdumpdir\`가 서버 키를 보관합니다).` : ''}`,
  );
  return out;
}

/** Everything the other areas did not take: a mapping for `tos`, else a note with the reason and the closest chrony practice. */
export function explainLine(line: ConfigLine, context: ConversionContext, hasLocal: boolean): readonly string[] {
  const name = line.tokens[0]?.text ?? '';
  if (name === 'tos') return convertTos(line, context, hasLocal);
  if (name === 'tinker') return convertTinker(line, context);
  if (name === 'enable' || name === 'disable') return convertFlags(line, context);
  if (name === 'nts') return convertNts(line, context);
  const explained = EXPLAINED.get(name);
  if (explained !== undefined) {
    const code = name === 'includefile' ? 'include-not-followed' : 'not-converted';
    context.note(line, code, name === 'includefile' ? 'warning' : 'information', explained.en, explained.ko);
    return [];
  }
  context.note(
    line,
    'not-converted',
    'warning',
    `\`${name}\` has no chrony counterpart the conversion knows; it is kept here as a comment.`,
    `변환기가 아는 chrony 대응 지시어가 \`${name}\`에는 없습니다. 주석으로 남겨 두었습니다.`,
  );
  return [];
}
