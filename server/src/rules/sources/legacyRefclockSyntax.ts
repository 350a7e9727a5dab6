import { localized, type Localized } from '../../core/localized';
import { findingFor, fitsHeadline, spanRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { LOCAL_CLOCK_TYPE, ntpsecDriverName, sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { NTPSEC_DRIVERS } from '../../formats/ntpconf/catalog/ntp/refclockDrivers';
import { refclockId } from '../../core/hostNames';
import { directivesNamed } from '../../formats/ntpconf/model/directiveIndex';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'legacy-refclock-syntax',
  severity: 'information',
  severities: ['information', 'error'],
  dialects: ['ntpsec'],
  fixable: false,
  description: localized(
    'A reference clock declared with the legacy `server 127.127.t.u` syntax (an error when NTPsec has no such driver).',
    '옛 `server 127.127.t.u` 문법으로 선언한 참조 시계(NTPsec에 그 드라이버가 없으면 오류).',
  ),
  docs: { severity: 'information (error when NTPsec has no such driver)' },
};

/** NTPsec still reads 127.127.t.u + fudge, "but no longer documented. It may be removed in a future release." (ntpsec.html). */
// The drivers NTPsec kept, from the one driver table.
const KEPT_NAMES = NTPSEC_DRIVERS.flatMap((driver) => (driver.ntpsec ? [driver.ntpsec.name] : []));
const KEPT_TYPES = NTPSEC_DRIVERS.map((driver) => driver.type).join(', ');

/** The rewrite in the headline when it fits, else just "a `refclock` line" (the detail has it whole). */
function headline(line: string, address: string, replacement: string): Localized {
  const exact = localized(
    `\`${line}\` is old refclock syntax: write \`${replacement}\`.`,
    `\`${line}\`${particle(address, '은')} 옛 참조 시계 문법입니다. \`${replacement}\`${particle(replacement, '을')} 쓰세요.`,
  );
  if (fitsHeadline(exact)) return exact;
  return localized(
    `\`${line}\` is old refclock syntax NTPsec may drop: write a \`refclock\` line.`,
    `\`${line}\`${particle(address, '은')} NTPsec이 없앨 수 있는 옛 문법입니다. \`refclock\` 줄로 쓰세요.`,
  );
}

export const legacyRefclockSyntax: Rule = {
  meta,
  check({ config }) {
    const fudged = new Set(directivesNamed(config, 'fudge').map((line) => line.tokens[1]?.text ?? ''));
    const findings: Finding[] = [];
    for (const source of sourceLines(config)) {
      const keyword = source.line.tokens[0];
      if (!source.isRefclock || source.address === undefined || keyword === undefined) continue;
      const id = refclockId(source.address.text);
      // The local clock gets local-clock-deprecated: the advice is to drop it, not to rewrite it.
      if (id === undefined || id.type === LOCAL_CLOCK_TYPE) continue;
      const driver = ntpsecDriverName(id.type);
      const range = spanRange(keyword, source.address);
      if (driver === undefined) {
        findings.push(
          findingFor(
            meta,
            range,
            localized(
              `NTPsec has no reference clock driver of type ${id.type}: this clock never runs. Use a driver it keeps.`,
              `NTPsec에는 유형 ${id.type}의 참조 시계 드라이버가 없어 이 시계가 동작하지 않습니다. 남아 있는 드라이버를 쓰세요.`,
            ),
            {
              severity: 'error',
              detail: localized(
                `ntpd logs "refclock_newpeer: clock type ${id.type} invalid". NTPsec keeps only ${KEPT_NAMES.slice(0, -1).join(', ')} and ${KEPT_NAMES.at(-1) ?? ''} (types ${KEPT_TYPES}).`,
                `ntpd는 "refclock_newpeer: clock type ${id.type} invalid"를 남깁니다. NTPsec에 남은 드라이버는 ${KEPT_NAMES.join(', ')}(유형 ${KEPT_TYPES})뿐입니다.`,
              ),
            },
          ),
        );
        continue;
      }
      const unit = id.unit === 0 ? '' : ` unit ${id.unit}`;
      const options = source.optionTokens.map((t) => ` ${t.text}`).join('');
      const replacement = `refclock ${driver}${unit}${options}`;
      const fudge = fudged.has(source.address.text)
        ? localized(` Move the options of \`fudge ${source.address.text}\` onto that line.`, ` \`fudge ${source.address.text}\`의 옵션도 그 줄로 옮기세요.`)
        : localized('', '');
      findings.push(
        findingFor(meta, range, headline(`${source.kind} ${source.address.text}`, source.address.text, replacement), {
          detail: localized(
            `\`${source.kind} ${source.address.text}\` uses the old 127.127.t.u reference clock syntax, which NTPsec still reads but no longer documents and may remove. Write \`${replacement}\` instead.${fudge.en}`,
            `\`${source.kind} ${source.address.text}\`${particle(source.address.text, '은')} 옛 127.127.t.u 참조 시계 문법입니다. NTPsec은 아직 읽지만 더 이상 문서화하지 않으며 없앨 수 있습니다. 대신 \`${replacement}\`${particle(replacement, '을')} 쓰세요.${fudge.ko}`,
          ),
        }),
      );
    }
    return findings;
  },
};
