import { localized, type Localized } from '../../core/localized';
import { findingFor, spanRange, type Finding, type Fix } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { deleteLine } from '../../formats/ntpconf/edits';
import { directivesNamed } from '../../formats/ntpconf/model/directiveIndex';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'ntpd-syntax-in-chrony',
  severity: 'warning',
  dialects: ['chrony'],
  fixable: true,
  description: localized(
    'ntpd reference-clock syntax (`server 127.127.T.U`) in chrony.conf: a loopback address, not a clock.',
    'chrony.conf의 ntpd 참조 시계 문법(`server 127.127.T.U`): 시계가 아니라 루프백 주소입니다.',
  ),
  docs: { fix: 'Replace with `local stratum 10` (LOCAL) or `refclock SHM N` (SHM)' },
};

const NTPD_REFCLOCK = /^127\.127\.(\d{1,3})\.(\d{1,3})$/;

/** ntpd driver numbers an admin is likely to carry over, and what chrony writes instead. */
const CHRONY_EQUIVALENT: Readonly<Record<number, { driver: string; replacement?: (unit: number) => string; safe?: boolean }>> = {
  1: { driver: 'LOCAL', replacement: () => 'local stratum 10', safe: true },
  20: { driver: 'NMEA' },
  // Not applied by fix-all: chronyd refuses to start when the PPS device does not exist.
  22: { driver: 'PPS', replacement: (unit) => `refclock PPS /dev/pps${unit}` },
  // chrony's SHM segment N is ntpd's unit N (same key); ntpd makes units above 1 world-writable, chrony needs perm= for that.
  28: { driver: 'SHM', replacement: (unit) => (unit < 2 ? `refclock SHM ${unit}` : `refclock SHM ${unit}:perm=0666`), safe: true },
  46: { driver: 'GPSD' },
};

const DEAD_SOURCE = localized(
  'chrony has no such addresses: here it is just a loopback IP address that chronyd polls over the network, not a clock, so this source is useless.',
  'chrony에는 이런 주소가 없어 시계가 아니라 네트워크로 질의하는 루프백 IP 주소일 뿐이므로 이 소스는 쓸모가 없습니다.',
);

function advice(address: string, driver: string | undefined, replacement: string | undefined, localExists: boolean): Localized {
  const what = driver === undefined ? localized('a reference clock', '참조 시계') : localized(`the ${driver} reference clock`, `${driver} 참조 시계`);
  const intro = localized(
    `\`${address}\` is ntpd's pseudo-address for ${what.en}. ${DEAD_SOURCE.en}`,
    `\`${address}\`${particle(address, '은')} ntpd에서 ${what.ko}를 뜻하는 가상 주소입니다. ${DEAD_SOURCE.ko}`,
  );
  if (localExists) {
    return localized(
      `${intro.en} The chrony equivalent, \`local\`, is already configured: delete this line.`,
      `${intro.ko} chrony의 대응 지시어 \`local\`이 이미 있으므로 이 줄을 삭제하세요.`,
    );
  }
  if (replacement !== undefined)
    return localized(`${intro.en} In chrony write \`${replacement}\`.`, `${intro.ko} chrony에서는 \`${replacement}\`${particle(replacement, '으로')} 쓰세요.`);
  return localized(
    `${intro.en} In chrony use a \`refclock\` directive (PPS, SHM, SOCK or PHC; gpsd feeds chrony through SOCK or SHM).`,
    `${intro.ko} chrony에서는 \`refclock\` 지시어(PPS, SHM, SOCK, PHC. gpsd는 SOCK이나 SHM으로 연결)를 쓰세요.`,
  );
}

/** The headline: which ntpd clock the address stands for, that chrony only sees a loopback address, and what to write. */
function headline(address: string, driver: string | undefined, replacement: string | undefined, localExists: boolean): Localized {
  const what = driver === undefined ? localized('an ntpd reference clock', '참조 시계') : localized(`ntpd's ${driver} clock`, `${driver} 참조 시계`);
  const problem = localized(
    `\`${address}\` is ${what.en}, only a loopback IP in chrony.`,
    `\`${address}\`${particle(address, '은')} ntpd의 ${what.ko} 주소로, chrony에서는 루프백 IP일 뿐입니다.`,
  );
  const action = localExists
    ? localized('Delete the line: `local` is already set.', '`local`이 이미 있으니 이 줄을 삭제하세요.')
    : replacement !== undefined
      ? localized(`Write \`${replacement}\`.`, `\`${replacement}\`${particle(replacement, '으로')} 쓰세요.`)
      : localized('Use a `refclock` line.', '`refclock` 줄을 쓰세요.');
  return localized(`${problem.en} ${action.en}`, `${problem.ko} ${action.ko}`);
}

/** ntpd's `server 127.127.T.U` reference-clock lines are valid chrony syntax but only a loopback address. */
export const ntpdSyntaxInChrony: Rule = {
  meta,
  check({ config }) {
    const findings: Finding[] = [];
    // A second LOCAL line must not add a second `local` directive.
    let localPlanned = directivesNamed(config, 'local').length > 0;
    for (const source of sourceLines(config)) {
      const { line, address } = source;
      const keyword = line.tokens[0];
      const last = line.tokens[line.tokens.length - 1];
      if (source.kind === 'pool' || !source.isRefclock || keyword === undefined || address === undefined || last === undefined) continue;
      const match = NTPD_REFCLOCK.exec(address.text);
      if (match === null) continue;
      const type = Number(match[1]);
      const unit = Number(match[2]);
      const equivalent = CHRONY_EQUIVALENT[type];
      const localExists = type === 1 && localPlanned;
      const replacement = localExists ? undefined : equivalent?.replacement?.(unit);
      const fixes: Fix[] = [];
      if (replacement !== undefined) {
        if (type === 1) localPlanned = true;
        fixes.push({
          title: localized(`Replace with ${replacement}`, `${replacement}${particle(replacement, '으로')} 바꾸기`),
          preferred: equivalent?.safe === true,
          edits: [{ range: spanRange(keyword, last), newText: replacement }],
        });
      }
      fixes.push({ title: localized('Delete this line', '이 줄 삭제'), preferred: localExists, edits: [deleteLine(config, line.line)] });
      findings.push(
        findingFor(meta, spanRange(keyword, address), headline(address.text, equivalent?.driver, replacement, localExists), {
          detail: advice(address.text, equivalent?.driver, replacement, localExists),
          fixes,
        }),
      );
    }
    return findings;
  },
};
