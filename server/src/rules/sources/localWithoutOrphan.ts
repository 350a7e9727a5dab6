import { versionAtLeast } from '../../core/dialect';
import { particle } from '../../core/koreanParticles';
import { localized, type Localized } from '../../core/localized';
import { findingFor, tokenRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { hasRealSources } from './sourceCount';
import { directivesNamed } from '../../formats/ntpconf/model/directiveIndex';

const meta: RuleMeta = {
  code: 'local-without-orphan',
  scope: 'configuration',
  severity: 'information',
  dialects: ['chrony'],
  fixable: false,
  description: localized('`local` without `orphan` on a server that also has real time sources.', '실제 시간 소스도 있는 서버에서 `orphan` 없이 쓴 `local`.'),
};

/** Options that keep the local reference from serving before the real sources had a chance (`activate` 4.6, `waitunsynced` 4.7). */
const DELAYING_OPTIONS = ['orphan', 'activate', 'waitunsynced'];

function advice(version: string): Localized {
  if (versionAtLeast(version, '4.7')) {
    return localized(
      'Add `orphan`: it makes the local reference wait 300 s after start (`waitunsynced`) and lets several servers share the same `local` line without confusing clients.',
      '`orphan`을 추가하세요. 시작 후 로컬 기준이 300초 기다리게 하고(`waitunsynced`), 여러 서버가 같은 `local` 줄을 써도 클라이언트가 혼란스럽지 않게 합니다.',
    );
  }
  if (versionAtLeast(version, '4.6')) {
    return localized(
      'Add `activate 0.5` (the local reference stays off until the clock was once synchronised to within 0.5 s) and, if several servers share this line, `orphan`.',
      '`activate 0.5`(시계가 한 번 0.5초 이내로 동기화되기 전에는 로컬 기준을 쓰지 않음)를 추가하고, 여러 서버가 이 줄을 함께 쓴다면 `orphan`도 추가하세요.',
    );
  }
  return localized(
    "Add `orphan`, as in chrony's own example `local stratum 10 orphan distance 0.1`: servers that share this line then agree on one of them instead of each serving its own clock. (chrony 4.6 adds `activate` and 4.7 `waitunsynced` to delay the local reference after start.)",
    'chrony 문서의 예 `local stratum 10 orphan distance 0.1`처럼 `orphan`을 추가하세요. 이 줄을 함께 쓰는 서버들이 각자 자기 시계를 제공하지 않고 하나에 합의합니다. (chrony 4.6의 `activate`, 4.7의 `waitunsynced`로 시작 후 로컬 기준을 늦출 수 있습니다.)',
  );
}

/** Without orphan the local reference serves an unsynchronised clock as soon as chronyd starts (chrony.conf(5), local). */
export const localWithoutOrphan: Rule = {
  meta,
  check({ config, chronyVersion }) {
    if (!hasRealSources(config)) return [];
    const findings: Finding[] = [];
    for (const line of directivesNamed(config, 'local')) {
      const words = line.tokens.slice(1).map((t) => t.text.toLowerCase());
      if (DELAYING_OPTIONS.some((option) => words.includes(option))) continue;
      const keyword = line.tokens[0];
      if (keyword === undefined) continue;
      const tip = advice(chronyVersion);
      // chrony 4.6 has `activate` but not yet `waitunsynced`: there the delay comes from `activate`.
      const option = versionAtLeast(chronyVersion, '4.6') && !versionAtLeast(chronyVersion, '4.7') ? '`activate 0.5`' : '`orphan`';
      findings.push(
        findingFor(
          meta,
          tokenRange(keyword),
          localized(
            `\`local\` without \`orphan\`: clients get an unsynchronised clock right after start. Add ${option}.`,
            `\`orphan\` 없는 \`local\`이라 시작 직후 클라이언트가 동기화되지 않은 시계를 받습니다. ${option}${particle(option, '을')} 추가하세요.`,
          ),
          {
            detail: localized(
              `\`local\` without \`orphan\`: right after chronyd starts, before its real sources have answered, the local reference is already active and clients get this host's unsynchronised clock as if it were good time. ${tip.en}`,
              `\`orphan\` 없는 \`local\`: chronyd가 시작한 직후 실제 소스가 응답하기도 전에 로컬 기준이 이미 동작해, 클라이언트가 이 호스트의 동기화되지 않은 시계를 정상 시간처럼 받습니다. ${tip.ko}`,
            ),
          },
        ),
      );
    }
    return findings;
  },
};
