import type { Language } from '../../../server/src/core/localized';
import { formatMilliseconds } from '../../../verify/src/format';
import type { ProbeReport, ProbeResult, SkippedSource } from '../../../verify/src/types';
import type { Translate } from './probeReportModel';
import { quotedCode } from '../../../server/src/core/plainText';

/** A diagnostic before it becomes a vscode.Diagnostic: plain data, so the grouping is unit-tested. */
export interface VerificationFinding {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly severity: 'warning' | 'information' | 'hint';
  /** A verdict code, `answered`, or `not-queried`. */
  readonly code: string;
  readonly message: string;
}

/** One finding per source line and verdict (a pool's addresses share one), plus a hint for lines that were fine. */
export function verificationFindings(report: ProbeReport, skipped: readonly SkippedSource[], language: Language, t: Translate): VerificationFinding[] {
  const byTarget = new Map<ProbeResult['target'], ProbeResult[]>();
  for (const r of report.results) byTarget.set(r.target, [...(byTarget.get(r.target) ?? []), r]);
  const findings: VerificationFinding[] = [];
  for (const [target, results] of byTarget) {
    const at = target.source;
    if (at === undefined) continue;
    const place = { line: at.line, start: at.start, end: at.end };
    const byCode = new Map<string, ProbeResult[]>();
    for (const r of results) for (const v of r.verdicts) byCode.set(v.code, [...(byCode.get(v.code) ?? []), r]);
    for (const [code, withCode] of byCode) {
      const first = withCode[0]!;
      const verdict = first.verdicts.find((v) => v.code === code)!;
      const more = results.length > 1 ? t('{0} of {1} addresses: ', withCode.length, results.length) : '';
      findings.push({ ...place, code, severity: verdict.severity, message: quotedCode(more + verdict.message[language]) });
    }
    const answered = results.filter((r) => r.reachable && r.best !== null && r.verdicts.length === 0);
    if (byCode.size === 0 && answered.length > 0)
      findings.push({ ...place, code: 'answered', severity: 'hint', message: answeredMessage(answered, results.length, t) });
  }
  for (const s of skipped)
    findings.push({ line: s.line, start: s.start, end: s.end, code: 'not-queried', severity: 'hint', message: t('Not queried: {0}', s.reason[language]) });
  return findings.sort((a, b) => a.line - b.line || a.start - b.start);
}

function answeredMessage(answered: readonly ProbeResult[], total: number, t: Translate): string {
  const best = answered.reduce((b, r) => (r.best!.delayMs < b.best!.delayMs ? r : b));
  const h = best.observation!.header!;
  const offset = formatMilliseconds(best.best!.offsetMs, true);
  const delay = formatMilliseconds(best.best!.delayMs);
  if (total === 1) return t('Answered: stratum {0}, reference ID {1}, offset {2}, delay {3}.', h.stratum, h.refid, offset, delay);
  const offsets = answered.map((r) => r.best!.offsetMs);
  return t(
    '{0} of {1} addresses answered; offsets {2} to {3}; closest: {4}, stratum {5}, delay {6}.',
    answered.length,
    total,
    formatMilliseconds(Math.min(...offsets), true),
    formatMilliseconds(Math.max(...offsets), true),
    best.address!,
    h.stratum,
    delay,
  );
}
