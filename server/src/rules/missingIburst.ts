import { localized } from '../core/localized';
import { findingFor, tokenRange, type Finding } from '../core/finding';
import { PerLineMemo } from './perLineMemo';
import type { Rule, RuleMeta } from './types';
import { sourceLines, type SourceLine } from '../formats/ntpconf/model/sourceLines';
import { endOfDirective } from '../formats/ntpconf/edits';

const meta: RuleMeta = {
  code: 'missing-iburst',
  severity: 'information',
  dialects: ['chrony', 'ntpd', 'ntpsec'],
  fixable: true,
  description: localized('A `server` or `pool` line without `iburst`.', '`iburst`가 없는 `server` 또는 `pool` 줄.'),
  docs: { dialects: 'not xntpd 3, which has no `iburst`', fix: 'Add iburst' },
};

function checkSource(source: SourceLine): Finding | undefined {
  if (source.kind === 'peer' || source.isRefclock || source.address === undefined) return undefined;
  if (source.bound.option('iburst') !== undefined) return undefined;
  const keyword = source.line.tokens[0];
  if (keyword === undefined) return undefined;
  const at = endOfDirective(source.line);
  return findingFor(
    meta,
    { start: tokenRange(keyword).start, end: tokenRange(source.address).end },
    localized(
      'No `iburst`: the first synchronisation takes minutes instead of seconds. Add `iburst`.',
      '`iburst`가 없어 첫 동기화에 몇 초가 아니라 몇 분이 걸립니다. `iburst`를 추가하세요.',
    ),
    { fixes: [{ title: localized('Add iburst', 'iburst 추가'), preferred: true, edits: [{ range: { start: at, end: at }, newText: ' iburst' }] }] },
  );
}

const memo = new PerLineMemo();

/** Without iburst the first synchronisation waits several poll intervals (minutes) after start. */
export const missingIburst: Rule = {
  meta,
  check({ config }) {
    const findings: Finding[] = [];
    for (const source of sourceLines(config)) {
      for (const finding of memo.findings(config.dialect, source, checkSource)) findings.push(finding);
    }
    return findings;
  },
};
