import * as assert from 'node:assert/strict';
import { findingsStartingOn } from '../../server/src/features/findingsByLine';
import { MAX_DIAGNOSTICS_PER_FILE, publishedDiagnostics } from '../../server/src/engine/publishedDiagnostics';
import { guarded } from '../../server/src/lsp/guarded';
import { localized } from '../../server/src/core/localized';
import type { Finding, Severity } from '../../server/src/core/finding';

function finding(line: number, severity: Severity, code = 'missing-iburst'): Finding {
  return { code, severity, range: { start: { line, character: 0 }, end: { line, character: 1 } }, message: localized(`en ${line}`, `ko ${line}`) };
}

describe('server robustness helpers', () => {
  it('publishes every finding of an ordinary file', () => {
    const findings = [finding(0, 3), finding(1, 1)];
    assert.deepEqual(
      publishedDiagnostics(findings, 'en').map((d) => d.message),
      ['en 0', 'en 1'],
    );
  });

  it('publishes the most severe 1000 in document order, after one diagnostic that counts the rest (en and ko)', () => {
    const findings = Array.from({ length: 3000 }, (_, line) => finding(line, line % 1000 === 999 ? 1 : 3));
    const [summary, ...shown] = publishedDiagnostics(findings, 'en');
    assert.equal(shown.length, MAX_DIAGNOSTICS_PER_FILE);
    assert.deepEqual(
      shown.slice(0, 4).map((d) => d.range.start.line),
      [0, 1, 2, 3],
    );
    assert.deepEqual(
      shown.filter((d) => d.severity === 1).map((d) => d.range.start.line),
      [999, 1999, 2999],
    );
    assert.deepEqual([summary?.code, summary?.severity, summary?.source], [undefined, 3, 'ntpconf']);
    assert.match(summary?.message ?? '', /^2000 more problems in this file are not shown/);
    assert.match(publishedDiagnostics(findings, 'ko')[0]?.message ?? '', /^이 파일에 표시하지 않은 문제가 2000개 더 있습니다/);
  });

  it('finds the findings of a line without scanning the others', () => {
    const findings = [finding(0, 3), finding(5, 2), finding(5, 3, 'duplicate-source'), finding(9, 1)];
    assert.deepEqual(findingsStartingOn(findings, [5, 5, 7]), [findings[1], findings[2]]);
  });

  it('answers the fallback and logs the stack when a handler throws', () => {
    const logged: string[] = [];
    const handler = guarded(
      (m) => logged.push(m),
      'hover',
      null,
      (text: string | null) => (text as string).length,
    );
    assert.equal(handler('abc'), 3);
    assert.equal(handler(null), null);
    assert.match(logged.join('\n'), /^hover failed: TypeError: .*length/);
  });
});
