import type { TextEdit } from 'vscode-languageserver-types';
import type { Dialect } from '../../core/dialect';
import { localized } from '../../core/localized';
import type { ConfigLine, ParsedConfig } from '../../formats/ntpconf/parser/types';
import type { Token } from '../../core/token';
import { findingFor, spanRange, tokenRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { hasRealSources } from './sourceCount';
import { findOption, LOCAL_CLOCK_TYPE, ntpsecRefclocks, sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { bindLine } from '../../formats/ntpconf/model/bindLine';
import { refclockId } from '../../core/hostNames';
import { appendWords, insertLineAfter, replaceToken } from '../../formats/ntpconf/edits';
import { directivesNamed } from '../../formats/ntpconf/model/directiveIndex';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'local-clock-stratum',
  severity: 'warning',
  dialects: ['ntpd', 'ntpsec', 'xntpd', 'chrony'],
  fixable: true,
  description: localized(
    'The local clock (127.127.1.x, or chrony `local`) runs at a stratum below 10.',
    '로컬 시계(127.127.1.x 또는 chrony `local`)가 10보다 낮은 stratum으로 동작합니다.',
  ),
  docs: { fix: 'Raise the local clock to stratum 10' },
};

const SAFE_STRATUM = 10;

/** The driver's built-in stratum when no fudge sets one (driver1 docs: 5 in ntpd 4 and NTPsec, 3 in xntpd 3). */
function defaultStratum(dialect: Dialect): number {
  return dialect === 'xntpd' ? 3 : 5;
}

/** One undisciplined local clock (127.127.1.u) and where its stratum is set. */
interface LocalClock {
  readonly address: string;
  /** The `server 127.127.1.u` or NTPsec `refclock local` line. */
  readonly declaration: ConfigLine;
  readonly addressToken: Token;
  /** The value token of the `stratum` that is in effect, if any. */
  stratum?: Token;
  /** The last `fudge` line for this clock, where a missing `stratum` can be added. */
  fudge?: ConfigLine;
}

function localClocks(config: ParsedConfig): Map<string, LocalClock> {
  const clocks = new Map<string, LocalClock>();
  for (const source of sourceLines(config)) {
    if (!source.isRefclock || source.address === undefined) continue;
    if (refclockId(source.address.text)?.type !== LOCAL_CLOCK_TYPE || clocks.has(source.address.text)) continue;
    clocks.set(source.address.text, { address: source.address.text, declaration: source.line, addressToken: source.address });
  }
  for (const refclock of ntpsecRefclocks(config)) {
    if (refclock.type !== LOCAL_CLOCK_TYPE || refclock.address === undefined || clocks.has(refclock.address)) continue;
    clocks.set(refclock.address, {
      address: refclock.address,
      declaration: refclock.line,
      addressToken: refclock.driver,
      stratum: findOption(refclock, 'stratum')?.value,
    });
  }
  for (const fudge of directivesNamed(config, 'fudge')) {
    const clock = clocks.get(fudge.tokens[1]?.text ?? '');
    if (clock === undefined) continue;
    clock.fudge = fudge;
    const stratum = bindLine(fudge, config.dialect).option('stratum')?.value;
    if (stratum !== undefined) clock.stratum = stratum;
  }
  return clocks;
}

function raiseFix(config: ParsedConfig, clock: LocalClock): TextEdit {
  if (clock.stratum !== undefined) return replaceToken(clock.stratum, String(SAFE_STRATUM));
  if (clock.fudge !== undefined) return appendWords(clock.fudge, `stratum ${SAFE_STRATUM}`);
  if (clock.declaration.tokens[0]?.text === 'refclock') return appendWords(clock.declaration, `stratum ${SAFE_STRATUM}`);
  return insertLineAfter(config, clock.declaration.line, `fudge ${clock.address} stratum ${SAFE_STRATUM}`);
}

const FIX_TITLE = localized(`Raise the local clock to stratum ${SAFE_STRATUM}`, `로컬 시계를 stratum ${SAFE_STRATUM}${particle(SAFE_STRATUM, '으로')} 올리기`);

function ntpFinding(config: ParsedConfig, clock: LocalClock, dialect: Dialect): Finding | undefined {
  const explicit = clock.stratum !== undefined && /^\d+$/.test(clock.stratum.text) ? Number(clock.stratum.text) : undefined;
  if (clock.stratum !== undefined && explicit === undefined) return undefined;
  const stratum = explicit ?? defaultStratum(dialect);
  if (stratum >= SAFE_STRATUM) return undefined;
  const announced = stratum + 1;
  const fixes = [{ title: FIX_TITLE, preferred: true, edits: [raiseFix(config, clock)] }];
  if (explicit === undefined) {
    return findingFor(
      meta,
      tokenRange(clock.addressToken),
      localized(
        `The local clock \`${clock.address}\` runs at stratum ${stratum}: clients may follow it. Set stratum ${SAFE_STRATUM}.`,
        `로컬 시계 \`${clock.address}\`${particle(clock.address, '이')} stratum ${stratum}${particle(stratum, '으로')} 동작해 클라이언트가 따라갈 수 있습니다. stratum ${SAFE_STRATUM}${particle(SAFE_STRATUM, '으로')} 설정하세요.`,
      ),
      {
        fixes,
        detail: localized(
          `The local clock \`${clock.address}\` has no \`fudge … stratum\`, so it runs at the driver default, stratum ${stratum}: whenever this host falls back to its own undisciplined clock it announces stratum ${announced}, better than many real servers, and clients will follow it. Set \`fudge ${clock.address} stratum ${SAFE_STRATUM}\`.`,
          `로컬 시계 \`${clock.address}\`에 \`fudge … stratum\`이 없어 드라이버 기본값인 stratum ${stratum}${particle(stratum, '으로')} 동작합니다. 이 호스트가 보정되지 않은 자기 시계로 되돌아가면 stratum ${announced}${particle(announced, '을')} 알리는데, 이는 많은 실제 서버보다 좋은 값이라 클라이언트가 이 시계를 따라갑니다. \`fudge ${clock.address} stratum ${SAFE_STRATUM}\`을 설정하세요.`,
        ),
      },
    );
  }
  const primary = stratum <= 1;
  const stratumToken = clock.stratum as Token;
  return findingFor(
    meta,
    tokenRange(stratumToken),
    primary
      ? localized(
          `\`stratum ${stratum}\` makes the local clock \`${clock.address}\` look like a primary reference. Use stratum ${SAFE_STRATUM}.`,
          `\`stratum ${stratum}\`${particle(stratum, '은')} 로컬 시계 \`${clock.address}\`${particle(clock.address, '을')} 1차 기준처럼 보이게 합니다. stratum ${SAFE_STRATUM}${particle(SAFE_STRATUM, '을')} 쓰세요.`,
        )
      : localized(
          `The local clock \`${clock.address}\` is at stratum ${stratum}: clients may follow it. Raise it to ${SAFE_STRATUM}.`,
          `로컬 시계 \`${clock.address}\`${particle(clock.address, '이')} stratum ${stratum}${particle(stratum, '이')}라 클라이언트가 따라갈 수 있습니다. ${SAFE_STRATUM}${particle(SAFE_STRATUM, '으로')} 올리세요.`,
        ),
    {
      fixes,
      detail: primary
        ? localized(
            `\`stratum ${stratum}\` makes the undisciplined local clock \`${clock.address}\` look like a primary reference: this host then announces stratum ${announced}, as if it had a GPS or atomic clock, and every client prefers its free-running time over real servers. Use stratum ${SAFE_STRATUM} (or remove the local clock).`,
            `\`stratum ${stratum}\`${particle(stratum, '은')} 보정되지 않은 로컬 시계 \`${clock.address}\`를 1차 기준 시계처럼 보이게 합니다. 이 호스트는 GPS나 원자시계가 있는 것처럼 stratum ${announced}${particle(announced, '을')} 알리고, 모든 클라이언트가 실제 서버 대신 제멋대로 흐르는 이 시계를 따릅니다. stratum ${SAFE_STRATUM}${particle(SAFE_STRATUM, '을')} 쓰세요(또는 로컬 시계를 지우세요).`,
          )
        : localized(
            `The local clock \`${clock.address}\` is set to stratum ${stratum}: when this host falls back to its own undisciplined clock it announces stratum ${announced}, better than many real servers, so clients may follow it. Raise it to at least ${SAFE_STRATUM}.`,
            `로컬 시계 \`${clock.address}\`가 stratum ${stratum}${particle(stratum, '으로')} 설정돼 있습니다. 이 호스트가 보정되지 않은 자기 시계로 되돌아가면 stratum ${announced}${particle(announced, '을')} 알리는데, 이는 많은 실제 서버보다 좋은 값이라 클라이언트가 따라갈 수 있습니다. 최소 ${SAFE_STRATUM}${particle(SAFE_STRATUM, '으로')} 올리세요.`,
          ),
    },
  );
}

function chronyFindings(config: ParsedConfig): Finding[] {
  if (!hasRealSources(config)) return [];
  const findings: Finding[] = [];
  for (const line of directivesNamed(config, 'local')) {
    const option = bindLine(line, config.dialect).option('stratum');
    const value = option?.value;
    if (option === undefined || value === undefined || !/^\d+$/.test(value.text)) continue;
    const stratum = Number(value.text);
    if (stratum >= SAFE_STRATUM) continue;
    findings.push(
      findingFor(
        meta,
        spanRange(option.option, value),
        localized(
          `\`local stratum ${stratum}\` can look better than real servers when it takes over. Use ${SAFE_STRATUM}, chrony's default.`,
          `\`local stratum ${stratum}\`${particle(stratum, '은')} 동작할 때 실제 서버보다 좋게 보일 수 있습니다. chrony 기본값인 ${SAFE_STRATUM}${particle(SAFE_STRATUM, '을')} 쓰세요.`,
        ),
        {
          detail: localized(
            `\`local stratum ${stratum}\`: when the local reference takes over (the real sources are lost or not yet reached), chronyd serves its own clock to clients as stratum ${stratum}, which can beat real servers they also use. chrony's default and advice is ${SAFE_STRATUM}, above any stratum you expect from real sources.`,
            `\`local stratum ${stratum}\`: 로컬 기준이 동작하면(실제 소스를 잃었거나 아직 닿지 않았을 때) chronyd는 자기 시계를 stratum ${stratum}${particle(stratum, '으로')} 클라이언트에 제공하며, 이는 클라이언트가 함께 쓰는 실제 서버보다 좋게 보일 수 있습니다. chrony의 기본값이자 권장값은 실제 소스에서 예상되는 어떤 stratum보다 큰 ${SAFE_STRATUM}입니다.`,
          ),
          fixes: [
            {
              title: localized(`Set local stratum ${SAFE_STRATUM}`, `local stratum ${SAFE_STRATUM}${particle(SAFE_STRATUM, '으로')} 설정`),
              preferred: true,
              edits: [replaceToken(value, String(SAFE_STRATUM))],
            },
          ],
        },
      ),
    );
  }
  return findings;
}

/** A local clock at a low stratum can outrank real servers and spread free-running time to clients. */
export const localClockStratum: Rule = {
  meta,
  check({ config, dialect }) {
    if (dialect === 'chrony') return chronyFindings(config);
    const findings: Finding[] = [];
    for (const clock of localClocks(config).values()) {
      const finding = ntpFinding(config, clock, dialect);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};
