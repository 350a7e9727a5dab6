import type { Dialect } from '../../core/dialect';
import { capitalised, localized, type Localized } from '../../core/localized';
import { findingFor, fitsHeadline, spanRange } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { countSources, type SourceCount } from './sourceCount';
import { isPoolName, poolLineName } from '../../formats/ntpconf/model/sourceLines';

const meta: RuleMeta = {
  code: 'too-few-sources',
  scope: 'configuration',
  severity: 'warning',
  severities: ['warning', 'information'],
  dialects: ['chrony', 'ntpd', 'ntpsec', 'xntpd'],
  fixable: false,
  description: localized(
    'Fewer than 4 usable time sources (a pool counts as the servers it provides).',
    '쓸 수 있는 시간 소스가 4개 미만(풀은 제공하는 서버 수로 셈).',
  ),
  docs: { severity: 'warning (1–2 sources), information (3)' },
};

/** RFC 8633 §3.2: "at least four independent, diverse sources of time". */
const RECOMMENDED = 4;

/** A pool zone close to the existing sources: their own pool zone, the Korean zone for .kr servers, else the global one. */
function suggestedPool(names: readonly string[]): string {
  for (const name of names) {
    const host = name.replace(/^pool /, '');
    if (isPoolName(host)) return poolLineName(host) ?? 'pool.ntp.org';
  }
  return names.some((name) => name.toLowerCase().endsWith('.kr')) ? 'kr.pool.ntp.org' : 'pool.ntp.org';
}

function whatToAdd(dialect: Dialect, sources: SourceCount): Localized {
  if (dialect === 'xntpd') {
    return localized(
      'Add `server` lines until at least 4 independent servers are listed (xntpd 3 has no `pool`).',
      '독립된 서버가 4개 이상이 되도록 `server` 줄을 추가하세요(xntpd 3에는 `pool`이 없습니다).',
    );
  }
  if (sources.pools > 0) {
    return dialect === 'chrony'
      ? localized(
          'Raise `maxsources` on the `pool` line or add servers, for at least 4.',
          '`pool` 줄의 `maxsources`를 올리거나 서버를 추가해 4개 이상으로 만드세요.',
        )
      : localized(
          'Raise `tos maxclock` (the pool fills up to that many associations) or add servers, for at least 4.',
          '`tos maxclock`을 올리거나(풀은 그 수만큼 연결을 채웁니다) 서버를 추가해 4개 이상으로 만드세요.',
        );
  }
  const pool = `pool ${suggestedPool(sources.names)} iburst`;
  const size = dialect === 'chrony' ? localized('up to 4 servers', '최대 4개 서버') : localized('several servers', '여러 서버');
  return localized(
    `Add \`${pool}\` (one pool line gives ${size.en} and replaces those that fail) or more independent servers, for at least 4.`,
    `\`${pool}\`(풀 한 줄이 ${size.ko}를 제공하고 실패한 서버를 바꿔 줍니다)나 독립된 서버를 추가해 4개 이상으로 만드세요.`,
  );
}

function risk(count: number): Localized {
  if (count === 1) {
    return localized(
      'with one source its errors pass straight into your clock and nothing can detect them, and when it fails there is no fallback.',
      '소스가 하나면 그 오류가 그대로 시계에 들어가도 알아챌 방법이 없고, 그 소스가 멈추면 대신할 것이 없습니다.',
    );
  }
  if (count === 2) {
    return localized(
      'with two, when they disagree the daemon cannot tell which one is wrong (a falseticker cannot be outvoted).',
      '소스가 둘이면 둘이 서로 다를 때 어느 쪽이 틀렸는지 데몬이 판단할 수 없습니다(잘못된 소스를 다수결로 가려낼 수 없음).',
    );
  }
  return localized(
    'three can outvote one bad source, but after losing one you are down to two, which cannot.',
    '셋이면 잘못된 소스 하나를 다수결로 가려낼 수 있지만, 하나를 잃으면 둘만 남아 그럴 수 없게 됩니다.',
  );
}

/** Fewer than four independent sources leave the selection algorithm unable to outvote a wrong one. */
export const tooFewSources: Rule = {
  meta,
  check({ config, dialect }) {
    const sources = countSources(config);
    // No sources at all is an isolated or partial file; broadcast/manycast discovery has no count.
    if (sources.count === 0 || sources.count >= RECOMMENDED || sources.dynamic || sources.first === undefined) return [];
    const count = sources.count;
    const listed = sources.names
      .slice(0, 3)
      .map((n) => `\`${n}\``)
      .join(', ');
    const add = whatToAdd(dialect, sources);
    const partial = sources.partial
      ? localized(' Sources from included files or directories are not counted.', ' 포함된 파일이나 디렉터리의 소스는 세지 않았습니다.')
      : localized('', '');
    const plural = count === 1 ? '' : 's';
    // The names help when they fit; the headline stays one short line either way.
    const named = localized(
      `Only ${count} usable time source${plural} (${listed}): add sources for at least 4.`,
      `쓸 수 있는 시간 소스가 ${count}개뿐입니다(${listed}). 4개 이상이 되게 추가하세요.`,
    );
    return [
      findingFor(
        meta,
        spanRange(sources.first.keyword, sources.first.last),
        fitsHeadline(named)
          ? named
          : localized(
              `Only ${count} usable time source${plural}: add sources for at least 4.`,
              `쓸 수 있는 시간 소스가 ${count}개뿐입니다. 4개 이상이 되게 추가하세요.`,
            ),
        {
          severity: count <= 2 ? 'warning' : 'information',
          detail: localized(
            `Sources: ${sources.names.map((n) => `\`${n}\``).join(', ')}. ${capitalised(risk(count).en)} ${add.en}${partial.en}`,
            `소스: ${sources.names.map((n) => `\`${n}\``).join(', ')}. ${risk(count).ko} ${add.ko}${partial.ko}`,
          ),
        },
      ),
    ];
  },
};
