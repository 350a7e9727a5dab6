import { escapeForTerminal } from '../../../server/src/core/terminalText';
import { pick, type Language } from '../../../server/src/core/localized';
import { cell, measurementCells } from './hostFormat';
import { DAEMON_NAMES } from './hostMessages';
import { describeTarget } from './sshCommand';
import type { CommandRecord, DaemonSource, HostReport, HostTracking } from './types';

const WORDS = {
  en: {
    host: 'Host',
    daemon: 'daemon',
    none: 'none found',
    notReached: 'not reached',
    reference: 'reference',
    stratum: 'stratum',
    systemTime: 'system time',
    leap: 'leap status',
    synced: 'timedatectl: synchronized',
    service: 'NTP service',
    headings: ['S', 'MODE', 'ADDRESS', 'ST', 'POLL', 'REACH', 'LASTRX', 'OFFSET', 'ERROR', 'LINE'],
    warning: 'warning',
    info: 'info',
    cancelled: 'Cancelled: the results are incomplete.',
    noSources: '(no sources)',
  },
  ko: {
    host: '호스트',
    daemon: '데몬',
    none: '찾지 못함',
    notReached: '연결하지 못함',
    reference: '기준',
    stratum: '계층',
    systemTime: '시스템 시간',
    leap: '윤초 상태',
    synced: 'timedatectl: 동기화됨',
    service: 'NTP 서비스',
    headings: ['S', '모드', '주소', 'ST', '폴링', 'REACH', '최근수신', '오프셋', '오차', '줄'],
    warning: '경고',
    info: '정보',
    cancelled: '취소됨: 일부 결과만 있습니다.',
    noSources: '(소스 없음)',
  },
} as const;

/** `7F000001 (127.0.0.1)` or the refid alone. */
export function describeReference(tracking: HostTracking): string {
  const id = tracking.referenceId ?? '-';
  return tracking.referenceName ? `${tracking.referenceName} (${id})` : id;
}

function trackingLine(tracking: HostTracking, language: Language): string {
  const w = WORDS[language];
  const parts = [`${w.reference} ${describeReference(tracking)}`, `${w.stratum} ${cell.number(tracking.stratum)}`];
  if (tracking.systemOffsetMs !== null) parts.push(`${w.systemTime} ${cell.ms(tracking.systemOffsetMs, true)}`);
  parts.push(`${w.leap} ${tracking.leapText ?? '-'}`);
  return parts.join(', ');
}

/** A row of the source table; `line` is the 0-based line of the file that names the source. */
export function sourceRow(source: DaemonSource, line: number | undefined): string[] {
  return [cell.tally(source), source.mode, source.address, ...measurementCells(source, line)];
}

function table(rows: readonly (readonly string[])[]): string[] {
  const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(ch) ? 2 : 1), 0);
  const cells = rows.map((r) => r.map((text) => escapeForTerminal(text)));
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((r) => width(r[c] ?? ''))));
  return cells.map((r) =>
    r
      .map((text, c) => (c === r.length - 1 ? text : text + ' '.repeat(widths[c]! - width(text))))
      .join('  ')
      .trimEnd(),
  );
}

export function formatHostText(report: HostReport, language: Language): string {
  const w = WORDS[language];
  const reached = !report.verdicts.some((v) => v.code === 'ssh-failed' || v.code === 'invalid-target');
  const daemon = report.daemon !== null ? `${w.daemon} ${DAEMON_NAMES[report.daemon]}` : reached ? `${w.daemon} ${w.none}` : w.notReached;
  const out = [`${w.host} ${describeTarget(report.target)}: ${daemon}`];
  if (report.tracking !== null) out.push(trackingLine(report.tracking, language));
  if (report.timedatectl !== null) {
    const t = report.timedatectl;
    out.push(`${w.synced} ${t.synchronized === null ? '-' : t.synchronized ? 'yes' : 'no'}, ${w.service} ${t.ntpService ?? '-'}`);
  }
  if (report.daemon !== null) {
    out.push('');
    if (report.sources.length === 0) out.push(w.noSources);
    else out.push(...table([w.headings, ...report.sources.map((s, i) => sourceRow(s, report.sourceLocations[i]?.line))]));
  }
  if (report.verdicts.length > 0) out.push('');
  for (const v of report.verdicts) {
    const where = v.location === undefined ? '' : `${v.location.file ?? ''}:${v.location.line + 1}: `;
    out.push(`${where}${v.severity === 'warning' ? w.warning : w.info}: ${pick(v.message, language)} [${v.code}]`);
  }
  if (report.cancelled) out.push('', w.cancelled);
  // What chronyc, ntpq or w32tm printed on the host is shown, never acted on by the terminal (titles, clear, OSC 52).
  return out.map((line) => escapeForTerminal(line)).join('\n') + '\n';
}

/** `ntpconf check-host --json`: the report with messages in one language and 1-based lines. */
export function toHostJson(report: HostReport, language: Language): unknown {
  return {
    host: report.target.host,
    ...(report.target.port === undefined ? {} : { port: report.target.port }),
    daemon: report.daemon,
    tools: report.tools,
    tracking: report.tracking,
    timedatectl: report.timedatectl,
    sources: report.sources.map((s, i) => {
      const at = report.sourceLocations[i];
      return { ...s, reach: s.reach === null ? null : s.reach.toString(8), ...(at ? { line: at.line + 1 } : {}) };
    }),
    verdicts: report.verdicts.map((v) => ({
      code: v.code,
      severity: v.severity,
      message: pick(v.message, language),
      ...(v.location === undefined ? {} : { ...(v.location.file === undefined ? {} : { file: v.location.file }), line: v.location.line + 1 }),
    })),
    commands: report.commands.map((c) => ({ id: c.id, command: c.command, exitCode: c.exitCode, durationMs: c.durationMs, timedOut: c.timedOut })),
    cancelled: report.cancelled,
    elapsedMs: report.elapsedMs,
  };
}

/** The raw log of one remote command: what ran, how it ended, and everything it printed. */
export function formatCommandLog(record: CommandRecord, host: string): string[] {
  const ending =
    record.spawnError !== null ? `ssh: ${record.spawnError}` : record.aborted ? 'cancelled' : record.timedOut ? 'timed out' : `exit ${record.exitCode}`;
  const lines = [escapeForTerminal(`$ ssh ${host} -- ${record.command}   (${ending}, ${(record.durationMs / 1000).toFixed(2)} s)`)];
  const indent = (text: string, mark: string): string[] =>
    text
      .replace(/\s+$/, '')
      .split(/\r?\n/)
      .filter((l, i, all) => all.length > 1 || l.length > 0)
      .map((l) => `${mark}${escapeForTerminal(l)}`);
  lines.push(...indent(record.stdout, '  '), ...indent(record.stderr, '! '));
  return lines;
}
