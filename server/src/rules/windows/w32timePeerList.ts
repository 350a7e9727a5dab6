import { localized, type Localized } from '../../core/localized';
import { particle } from '../../core/koreanParticles';
import type { Token } from '../../core/token';
import { code, w32timeRule, type ScriptRuleMetaInput } from '../scriptRule';
import { findingFor, fitsHeadline, tokenRange, type Finding, type Fix } from '../../core/finding';
import { insertAt, replaceToken } from '../../formats/ntpconf/edits';
import { peerListSites, type PeerListSite } from './w32timeFacts';

const meta: ScriptRuleMetaInput = {
  code: 'w32time-peer-list',
  severity: 'error',
  fixable: true,
  description: localized(
    'A W32Time peer list whose peers are not separated by blanks, or a `/manualpeerlist` of several peers without quotes.',
    '피어가 공백으로 구분되지 않은 W32Time 피어 목록, 또는 따옴표 없이 피어를 여럿 적은 `/manualpeerlist`.',
  ),
  docs: { fix: 'separate the peers with blanks / quote the list' },
};

/** Quotes around an unquoted `/manualpeerlist` value, from its start to `end`. */
function quoteEdits(site: PeerListSite, end: Token): Fix['edits'] {
  if (site.option?.value === undefined || site.option.value.quoted) return [];
  const start = site.option.value.raw;
  return [insertAt(start.line, start.start, '"'), insertAt(end.line, end.end, '"')];
}

function separatorHeadline(separator: string, rewritten: string): Localized {
  const full = localized(
    `Peers are separated by blanks, not ${code(separator)}. Write ${code(rewritten)}.`,
    `피어는 ${code(separator)}${particle(separator, '이')} 아니라 공백으로 구분합니다. ${code(rewritten)}처럼 쓰세요.`,
  );
  if (fitsHeadline(full)) return full;
  return localized(
    `Peers are separated by blanks, not ${code(separator)}. Replace it with a blank.`,
    `피어는 ${code(separator)}${particle(separator, '이')} 아니라 공백으로 구분합니다. 공백으로 바꾸세요.`,
  );
}

function unquotedHeadline(first: string): Localized {
  const full = localized(
    `The peer list is not quoted, so w32tm takes only ${code(first)}. Quote the whole list.`,
    `피어 목록에 따옴표가 없어 w32tm은 ${code(first)}만 받습니다. 목록 전체를 따옴표로 감싸세요.`,
  );
  if (fitsHeadline(full)) return full;
  return localized(
    'The peer list is not quoted, so w32tm takes only its first peer. Quote the whole list.',
    '피어 목록에 따옴표가 없어 w32tm은 첫 피어만 받습니다. 목록 전체를 따옴표로 감싸세요.',
  );
}

function separatorFindings(site: PeerListSite): Finding[] {
  const last = site.spilled[site.spilled.length - 1] ?? site.value;
  return site.list.badSeparators.map((separator) => {
    const rewritten = site.value.text.replace(/[,;](?![0-9]|0[x\u00d7])/gi, ' ');
    return findingFor(meta, tokenRange(separator), separatorHeadline(separator.text, rewritten), {
      detail: localized(
        `Peers are separated by blanks, not ${code(separator.text)}: in ${code(site.value.text)} W32Time reads what follows ${code(separator.text)} as flags or as part of the name. Write ${code(site.value.text.replace(/[,;](?![0-9]|0[x\u00d7])/gi, ' '))}.`,
        `피어는 ${code(separator.text)}가 아니라 공백으로 구분합니다. ${code(site.value.text)}에서 W32Time은 ${code(separator.text)} 뒤를 플래그나 이름의 일부로 읽습니다. ${code(site.value.text.replace(/[,;](?![0-9]|0[x\u00d7])/gi, ' '))}처럼 쓰세요.`,
      ),
      fixes: [
        {
          title: localized('Separate the peers with a blank', '피어를 공백으로 구분하기'),
          preferred: true,
          edits: [replaceToken(separator, ' '), ...quoteEdits(site, last)],
        },
      ],
    });
  });
}

function unquotedFinding(site: PeerListSite): Finding | undefined {
  const last = site.spilled[site.spilled.length - 1];
  if (last === undefined || site.option?.value === undefined) return undefined;
  const listText = [site.value.text, ...site.spilled.map((w) => w.text)].join(' ');
  return findingFor(meta, { start: tokenRange(site.option.value.raw).start, end: tokenRange(last).end }, unquotedHeadline(site.value.text), {
    detail: localized(
      `The peer list is not quoted: w32tm takes only ${code(site.value.text)} as the list and rejects ${code(site.spilled.map((w) => w.text).join(' '))} as stray arguments. Quote it: ${code(`/manualpeerlist:"${listText}"`)}.`,
      `피어 목록에 따옴표가 없습니다. w32tm은 ${code(site.value.text)}만 목록으로 받고 ${code(site.spilled.map((w) => w.text).join(' '))}는 잘못된 인수로 거부합니다. ${code(`/manualpeerlist:"${listText}"`)}처럼 따옴표로 감싸세요.`,
    ),
    fixes: [{ title: localized('Quote the peer list', '피어 목록을 따옴표로 감싸기'), preferred: true, edits: quoteEdits(site, last) }],
  });
}

/** Peers joined by commas or semicolons, or a multi-peer `/manualpeerlist` without quotes, reach W32Time as garbage. */
export const w32timePeerList = w32timeRule(meta, (script) =>
  peerListSites(script).flatMap((site) => {
    const unquoted = unquotedFinding(site);
    return [...(unquoted ? [unquoted] : []), ...separatorFindings(site)];
  }),
);
