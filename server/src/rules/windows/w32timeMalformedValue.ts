import { localized, type Localized } from '../../core/localized';
import { particle } from '../../core/koreanParticles';
import { code, replaceFix, w32timeRule, type ScriptRuleMetaInput } from '../scriptRule';
import type { LookalikeCharacter } from '../../formats/script/types';
import { findingFor, fitsHeadline, tokenRange, type Finding } from '../../core/finding';
import { replaceToken } from '../../formats/ntpconf/edits';
import { peerListSites } from './w32timeFacts';

const meta: ScriptRuleMetaInput = {
  code: 'w32time-malformed-value',
  severity: 'error',
  fixable: true,
  description: localized(
    'A typographic quote, `×` for `x`, or peer flags without `0x` in a W32Time command or registry value.',
    'W32Time 명령이나 레지스트리 값 안의 둥근 따옴표, `x` 대신 쓴 `×`, `0x` 없는 피어 플래그.',
  ),
  docs: { fix: 'replace with ASCII (`"`, `x`, `0x9`)' },
};

function lookalikeHeadline(written: string, wanted: string): Localized {
  const full = localized(
    `Look-alike characters ${code(written)} end up inside the value. Type ${code(wanted)} instead.`,
    `모양만 비슷한 문자 ${code(written)}${particle(written, '이')} 값에 그대로 들어갑니다. ${code(wanted)}${particle(wanted, '을')} 입력하세요.`,
  );
  if (fitsHeadline(full)) return full;
  return localized(
    'Look-alike characters (pasted typographic quotes or ×) end up inside the value. Type them in ASCII.',
    '모양만 비슷한 문자(붙여 넣은 둥근 따옴표나 ×)가 값에 그대로 들어갑니다. ASCII 문자로 입력하세요.',
  );
}

/** The headline for peer flags written without `0x`; the flags are left out when they are too long to show. */
function flagsHeadline(flags: string): Localized {
  const single = flags.length === 1;
  const action = single
    ? localized(`Write ${code(`0x${flags}`)}.`, `${code(`0x${flags}`)}${particle(`0x${flags}`, '으로')} 쓰세요.`)
    : localized(`Write them in hexadecimal, e.g. ${code('0x9')}.`, `${code('0x9')}처럼 16진수로 쓰세요.`);
  const full = localized(
    `Peer flags ${code(flags)} lack the ${code('0x')} prefix. ${action.en}`,
    `피어 플래그 ${code(flags)}에 ${code('0x')} 접두사가 없습니다. ${action.ko}`,
  );
  if (fitsHeadline(full)) return full;
  return localized(`Peer flags lack the ${code('0x')} prefix. ${action.en}`, `피어 플래그에 ${code('0x')} 접두사가 없습니다. ${action.ko}`);
}

/** One finding per line: all look-alike characters of the line, replaced together. */
function lookalikeFinding(characters: readonly LookalikeCharacter[]): Finding {
  const first = characters[0] as LookalikeCharacter;
  const last = characters[characters.length - 1] as LookalikeCharacter;
  const written = [...new Set(characters.map((c) => c.token.text))].join(' ');
  const wanted = [...new Set(characters.map((c) => c.replacement))].join(' ');
  return findingFor(meta, { start: tokenRange(first.token).start, end: tokenRange(last.token).end }, lookalikeHeadline(written, wanted), {
    detail: localized(
      `${code(written)} look like ${code(wanted)} but are other characters (pasted from a document or web page): cmd, PowerShell, reg and W32Time do not read them as quotes or as the x of 0x, so they end up inside the value. Type ${code(wanted)}.`,
      `${code(written)}는 ${code(wanted)}처럼 보이지만 다른 문자입니다(문서나 웹 페이지에서 붙여 넣은 것). cmd, PowerShell, reg, W32Time은 이를 따옴표나 0x의 x로 읽지 않아 값 안에 그대로 들어갑니다. ${code(wanted)}를 입력하세요.`,
    ),
    fixes: [
      {
        title: localized(`Replace with ${wanted}`, `${wanted}로 바꾸기`),
        preferred: true,
        edits: characters.map((c) => replaceToken(c.token, c.replacement)),
      },
    ],
  });
}

/** Typographic quotes, `0×1`, and peer flags without `0x` are read literally and break the value. */
export const w32timeMalformedValue = w32timeRule(meta, (script) => {
  const findings: Finding[] = [];
  const byLine = new Map<number, LookalikeCharacter[]>();
  for (const character of script.lookalikes) {
    const list = byLine.get(character.token.line);
    if (list) list.push(character);
    else byLine.set(character.token.line, [character]);
  }
  for (const characters of byLine.values()) findings.push(lookalikeFinding(characters));
  for (const peer of peerListSites(script).flatMap((site) => site.list.peers)) {
    const flags = peer.flags;
    if (flags === undefined || !/^\d+$/.test(flags.text)) continue;
    const single = flags.text.length === 1;
    findings.push(
      findingFor(meta, tokenRange(flags), flagsHeadline(flags.text), {
        detail: localized(
          `Peer flags ${code(flags.text)} lack the ${code('0x')} prefix: W32Time reads flags as a hexadecimal ${code('0x…')} value. ${single ? `Write ${code(`0x${flags.text}`)}.` : `Write the hexadecimal value, for example ${code('0x9')}.`}`,
          `피어 플래그 ${code(flags.text)}에 ${code('0x')} 접두사가 없습니다. W32Time은 플래그를 16진수 ${code('0x…')} 값으로 읽습니다. ${single ? `${code(`0x${flags.text}`)}로 쓰세요.` : `예를 들어 ${code('0x9')}처럼 16진수로 쓰세요.`}`,
        ),
        ...(single ? { fixes: [replaceFix(localized(`Write 0x${flags.text}`, `0x${flags.text}로 쓰기`), flags, `0x${flags.text}`)] } : {}),
      }),
    );
  }
  return findings;
});
