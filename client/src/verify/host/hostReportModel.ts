import type { Language } from '../../../../server/src/core/localized';
import { DAEMON_NAMES } from '../../../../verify/src/host/hostMessages';
import { cell, measurementCells } from '../../../../verify/src/host/hostFormat';
import { describeReference } from '../../../../verify/src/host/hostOutput';
import { describeTarget } from '../../../../verify/src/host/sshCommand';
import type { DaemonSource, HostReport, HostTracking, HostVerdict, SourceState, SshTarget, TimedatectlStatus } from '../../../../verify/src/host/types';
import type { Translate } from '../probeReportModel';
import type { ReportModel, ReportRow, RowStatus } from '../reportModel';
import type { VerificationFinding } from '../verificationFindings';
import { quotedCode } from '../../../../server/src/core/plainText';

export const HOST_DAEMON_SECTION = 'host-daemon';
export const HOST_SOURCES_SECTION = 'host-sources';
export const HOST_FINDINGS_SECTION = 'host-findings';

/** Check Host's page in the shared report view: what the daemon says, its sources, and the verdicts. */
export function initialHostModel(target: SshTarget, t: Translate, fileName: string | undefined): ReportModel {
  return {
    title: t('Check Host: {0}', describeTarget(target)),
    subtitle:
      fileName === undefined ? t('Read-only commands over ssh; no file to compare with.') : t('Read-only commands over ssh, compared with {0}.', fileName),
    status: t('Connecting over ssh…'),
    busy: true,
    sections: [],
    notes: [],
  };
}

function sourceStatus(source: DaemonSource): RowStatus {
  if (source.mode !== 'refclock' && source.reach === 0) return 'error';
  const states: Partial<Record<SourceState, RowStatus>> = {
    selected: 'ok',
    pps: 'ok',
    combined: 'ok',
    candidate: 'ok',
    backup: 'ok',
    active: 'ok',
    falseticker: 'warning',
    'too-variable': 'warning',
    unusable: 'warning',
  };
  return states[source.state] ?? 'info';
}

function stateWord(state: SourceState, t: Translate): string {
  const words: Record<SourceState, string> = {
    selected: t('selected'),
    combined: t('combined'),
    'not-combined': t('not combined'),
    falseticker: t('may be in error'),
    'too-variable': t('too variable'),
    unusable: t('unusable'),
    pps: t('selected (PPS)'),
    candidate: t('candidate'),
    backup: t('backup'),
    outlier: t('outlier'),
    excess: t('excess'),
    rejected: t('rejected'),
    active: t('active'),
    pending: t('pending'),
    unknown: '',
  };
  return words[state];
}

function sourceRow(source: DaemonSource, index: number, line: number | undefined, t: Translate): ReportRow {
  const tally = cell.tally(source).trim();
  return {
    id: `s${index}`,
    status: sourceStatus(source),
    cells: [[tally, stateWord(source.state, t)].filter((w) => w !== '').join(' '), source.address, source.mode, ...measurementCells(source, line)],
    notes: [],
    ...(line === undefined ? {} : { line }),
  };
}

function fastSlow(ms: number, t: Translate): string {
  const size = cell.ms(Math.abs(ms));
  return ms >= 0 ? t('{0} fast of NTP time', size) : t('{0} slow of NTP time', size);
}

function daemonRows(report: HostReport, t: Translate): ReportRow[] {
  const rows: ReportRow[] = [];
  const add = (label: string, value: string, status: RowStatus = 'info'): void => {
    rows.push({ id: `d${rows.length}`, status, cells: [label, value], notes: [] });
  };
  add(t('Daemon'), report.daemon === null ? t('none found') : DAEMON_NAMES[report.daemon], report.daemon === null ? 'error' : 'ok');
  const tracking: HostTracking | null = report.tracking;
  if (tracking !== null) {
    add(t('Reference'), describeReference(tracking));
    add(t('Stratum'), cell.number(tracking.stratum));
    if (tracking.systemOffsetMs !== null) add(t('System time'), fastSlow(tracking.systemOffsetMs, t));
    if (tracking.lastOffsetMs !== null) add(t('Last offset'), cell.ms(tracking.lastOffsetMs, true));
    if (tracking.rmsOffsetMs !== null) add(t('RMS offset'), cell.ms(tracking.rmsOffsetMs));
    if (tracking.frequencyPpm !== null) add(t('Frequency'), `${tracking.frequencyPpm > 0 ? '+' : ''}${tracking.frequencyPpm} ppm`);
    if (tracking.rootDelayMs !== null) add(t('Root delay'), cell.ms(tracking.rootDelayMs));
    if (tracking.rootDispersionMs !== null) add(t('Root dispersion'), cell.ms(tracking.rootDispersionMs));
    add(t('Leap status'), tracking.leapText ?? '-', tracking.leap === 'normal' ? 'ok' : tracking.leap === 'unsynchronized' ? 'warning' : 'info');
    if (tracking.version !== null) add(t('Version'), tracking.version);
  }
  const timedatectl: TimedatectlStatus | null = report.timedatectl;
  if (timedatectl !== null) {
    const synced = timedatectl.synchronized === null ? '-' : timedatectl.synchronized ? t('yes') : t('no');
    add(t('timedatectl: clock synchronized'), synced, timedatectl.synchronized === false ? 'warning' : 'info');
    if (timedatectl.ntpService !== null) add(t('timedatectl: NTP service'), timedatectl.ntpService);
    if (timedatectl.timeZone !== null) add(t('Time zone'), timedatectl.timeZone);
  }
  return rows;
}

function findingRow(verdict: HostVerdict, index: number, language: Language): ReportRow {
  const line = verdict.location?.line;
  return {
    id: `f${index}`,
    status: verdict.severity === 'warning' ? 'warning' : 'info',
    cells: [line === undefined ? '' : String(line + 1), quotedCode(verdict.message[language])],
    notes: [],
    ...(line === undefined ? {} : { line }),
  };
}

export function finalHostModel(report: HostReport, t: Translate, language: Language, fileName: string | undefined): ReportModel {
  const base = initialHostModel(report.target, t, fileName);
  const seconds = (report.elapsedMs / 1000).toFixed(1);
  const warnings = report.verdicts.filter((v) => v.severity === 'warning').length;
  const status = report.cancelled
    ? t('Cancelled after {0} s: the results are incomplete.', seconds)
    : report.daemon === null
      ? t('No NTP daemon could be asked ({0} s).', seconds)
      : t(
          '{0}, {1}, in {2} s.',
          report.sources.length === 1 ? t('1 source') : t('{0} sources', report.sources.length),
          warnings === 1 ? t('1 warning') : t('{0} warnings', warnings),
          seconds,
        );
  const daemonName = report.daemon === null ? '' : DAEMON_NAMES[report.daemon];
  const sections: ReportModel['sections'] = [
    { id: HOST_DAEMON_SECTION, title: t('Daemon'), columns: [t('Item'), t('Value')], rows: daemonRows(report, t) },
    ...(report.daemon === null
      ? []
      : [
          {
            id: HOST_SOURCES_SECTION,
            title: t('Sources of {0}', daemonName),
            columns: [t('State'), t('Address'), t('Mode'), t('Stratum'), t('Poll'), t('Reach'), t('Last Rx'), t('Offset'), t('Error'), t('Line')],
            numericColumns: [3, 4, 6, 7, 8, 9],
            // In a side-by-side editor the error and line move under their row (Korean headers are wider: they overflowed).
            primaryColumns: 8,
            rows: report.sources.map((s, i) => sourceRow(s, i, report.sourceLocations[i]?.line, t)),
            empty: t('The daemon reports no sources.'),
          },
        ]),
    {
      id: HOST_FINDINGS_SECTION,
      title: t('Findings'),
      columns: [t('Line'), t('Finding')],
      rows: report.verdicts.map((v, i) => findingRow(v, i, language)),
      empty: fileName === undefined ? t('Nothing to report.') : t('Nothing to report: the daemon uses the sources of {0}.', fileName),
    },
  ];
  const notes =
    report.daemon === null
      ? []
      : [
          t(
            "State: the daemon's tally code. chronyc: * selected, + combined, - not combined, x may be in error, ~ too variable, ? unusable. ntpq: * selected, + candidate, # backup, - outlier, . excess, x falseticker.",
          ),
          t('Reach: the last eight polls in octal; 377 means all eight were answered, 0 that none was.'),
          t("Offset: how far the source is ahead of the host (chronyc prints the opposite sign). Error: chronyc's estimated error, or ntpq's jitter."),
        ];
  return { ...base, status, busy: false, sections, notes };
}

/** Verdicts with a line of the open file, as diagnostics in the verification collection. */
export function hostFindings(report: HostReport, language: Language): VerificationFinding[] {
  const host = describeTarget(report.target);
  return report.verdicts
    .filter((v): v is HostVerdict & { location: NonNullable<HostVerdict['location']> } => v.location !== undefined)
    .map((v) => ({
      line: v.location.line,
      start: v.location.start,
      end: v.location.end,
      severity: v.severity,
      code: v.code,
      message: quotedCode(`${host}: ${v.message[language]}`),
    }))
    .sort((a, b) => a.line - b.line || a.start - b.start);
}
