import { localized } from '../../core/localized';
import { findingFor, spanRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { directivesNamed } from '../../formats/ntpconf/model/directiveIndex';

const meta: RuleMeta = {
  code: 'panic-disabled',
  severity: 'warning',
  dialects: ['ntpd', 'ntpsec'],
  fixable: false,
  description: localized('`tinker panic 0` turns off the 1000 s sanity limit.', '`tinker panic 0`이 1000초 안전 한계를 끔.'),
};

/** RFC 8633 §5.2: operators "SHOULD NOT ignore the panic threshold in all cold-start situations". */
export const panicDisabled: Rule = {
  meta,
  check({ config }) {
    const findings: Finding[] = [];
    for (const line of directivesNamed(config, 'tinker')) {
      const words = line.tokens.slice(1);
      const index = words.findIndex((w, i) => w.text === 'panic' && words[i + 1]?.text === '0');
      if (index < 0) continue;
      findings.push(findingFor(
        meta,
        spanRange(words[index]!, words[index + 1]!),
        localized(
          '`tinker panic 0` disables the panic threshold: ntpd then accepts a clock offset of any size at any time, so a broken or spoofed source can set the clock hours or years off without ntpd stopping. Remove it and start ntpd with `-g`, which allows one large correction at start-up only. (Virtual machines that jump after a pause are the usual reason for this line; prefer `-g` and a restart.)',
          '`tinker panic 0`은 패닉 한계를 끕니다. 그러면 ntpd가 언제든 크기에 상관없이 시계 오프셋을 받아들여, 고장 났거나 위조된 소스가 ntpd를 멈추지 않고 시계를 몇 시간, 몇 년씩 틀어지게 할 수 있습니다. 이 줄을 지우고 ntpd를 `-g`로 시작하세요. `-g`는 시작할 때 한 번만 큰 보정을 허용합니다. (일시 정지 후 시간이 튀는 가상 머신 때문에 이 줄을 쓰는 경우가 많은데, 그때도 `-g`와 재시작을 권합니다.)',
        ),
      ));
    }
    return findings;
  },
};
