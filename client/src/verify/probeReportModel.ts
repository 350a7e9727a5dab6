import { pick, type Language } from '../../../server/src/core/localized';
import { VERDICT_LABELS } from '../../../verify/src/verdictLabels';
import { formatEndpoint, formatMilliseconds } from '../../../verify/src/format';
import { formatReferenceId } from '../../../verify/src/ntpPacket';
import type { ProbeEvent } from '../../../verify/src/probe';
import type { ProbeReport, ProbeResult, ProbeSettings, ProbeTarget, SkippedSource, TimedSample, VerdictCode } from '../../../verify/src/types';
import type { ReportModel, ReportRow, RowStatus, ToWebview } from './reportModel';

/** vscode.l10n.t's shape, so this module stays free of vscode and testable. */
export type Translate = (message: string, ...args: (string | number)[]) => string;

export const SOURCES_SECTION = 'sources';

interface LiveAddress {
  sent: number;
  samples: TimedSample[];
  stratum: string;
  refid: string;
  leap: string;
  failure: string | null;
}

/** Turns a probe run into the report view's model: rows appear on resolution, fill in per reply, get verdicts at the end. */
export class ProbeReportBuilder {
  private readonly live = new Map<string, LiveAddress>();
  /** address|port → the rows (one per target naming it). */
  private readonly rowsByAddress = new Map<string, { id: string; target: ProbeTarget; address: string }[]>();

  constructor(
    private readonly t: Translate,
    private readonly language: Language,
    private readonly fileName: string,
    private readonly targets: readonly ProbeTarget[],
    private readonly skipped: readonly SkippedSource[],
    private readonly settings: ProbeSettings,
  ) {}

  columns(): string[] {
    const t = this.t;
    return [t('Source'), t('Address'), t('Stratum'), t('Reference ID'), t('Leap'), t('Offset'), t('Delay'), t('Samples'), t('Result')];
  }

  initial(): ReportModel {
    const t = this.t;
    return {
      title: t('Verify Servers: {0}', this.fileName),
      subtitle: t('{0} samples per address, {1} s apart, {2} s timeout. Offset: how far the server is ahead of this machine.', this.settings.samples, this.settings.intervalMs / 1000, this.settings.timeoutMs / 1000),
      status: t('Resolving names…'),
      busy: true,
      sections: [{ id: SOURCES_SECTION, title: t('Sources'), columns: this.columns(), numericColumns: [2, 5, 6, 7], rows: this.targets.map((target, i) => this.pendingRow(i, target)), empty: t('No sources.') }],
      chart: {
        title: t('Offset over time'),
        valueLabel: t('offset (ms)'),
        timeLabel: t('time (s)'),
        expectedDurationMs: (this.settings.samples - 1) * Math.max(this.settings.intervalMs, this.settings.timeoutMs) + this.settings.timeoutMs,
        series: [],
        empty: t('Waiting for the first reply…'),
      },
      notes: this.skippedNotes(),
    };
  }

  private skippedNotes(): string[] {
    return this.skipped.map((s) => this.t('Line {0}: {1} not queried. {2}', s.line + 1, s.text, s.reason[this.language]));
  }

  private sourceCell(target: ProbeTarget): string {
    return target.source ? `${target.source.directive} ${target.label}` : target.label;
  }

  private pendingRow(index: number, target: ProbeTarget): ReportRow {
    return { id: `t${index}`, status: 'pending', cells: [this.sourceCell(target), '…', '', '', '', '', '', '', this.t('resolving…')], notes: [], ...(target.source ? { line: target.source.line } : {}) };
  }

  /** Patches for one engine event (rows to replace or add, chart points). */
  onEvent(event: ProbeEvent): ToWebview[] {
    if (event.type === 'resolved') return this.onResolved(event.target, event.result.ok ? event.result.addresses : null);
    const key = `${event.address}|${event.port}`;
    const live = this.live.get(key);
    if (live === undefined) return [];
    const patches: ToWebview[] = [];
    if (event.type === 'sent') live.sent++;
    if (event.type === 'connect-failed') live.failure = event.code;
    if (event.type === 'outcome') {
      const o = event.outcome;
      if (o.kind === 'timeout') live.failure = this.t('no answer yet');
      if (o.kind === 'refused') live.failure = this.t('port closed');
      if (o.kind === 'error') live.failure = o.code;
      if (o.kind === 'reply') {
        const p = o.verdict.packet;
        live.stratum = String(p.stratum);
        live.leap = String(p.leap);
        live.refid = formatReferenceId(p.stratum, p.referenceId);
        live.failure = null;
      }
      if (event.sample) {
        live.samples.push(event.sample);
        patches.push({ type: 'point', seriesId: key, label: this.seriesLabel(key), point: { t: event.sample.atMs, value: event.sample.offsetMs } });
      }
    }
    for (const row of this.rowsByAddress.get(key) ?? []) patches.push({ type: 'row', sectionId: SOURCES_SECTION, row: this.liveRow(row.id, row.target, row.address, event.port, live) });
    return patches;
  }

  private seriesLabel(key: string): string {
    const rows = this.rowsByAddress.get(key) ?? [];
    const first = rows[0];
    if (first === undefined) return key;
    const endpoint = formatEndpoint(first.address, first.target.port);
    return first.target.label === first.address || first.target.label === endpoint ? endpoint : `${first.target.label} (${endpoint})`;
  }

  private onResolved(target: ProbeTarget, addresses: string[] | null): ToWebview[] {
    const index = this.targets.indexOf(target);
    const source = target.source ? { line: target.source.line } : {};
    if (addresses === null) {
      return [{ type: 'row', sectionId: SOURCES_SECTION, row: { id: `t${index}`, status: 'error', cells: [this.sourceCell(target), '-', '', '', '', '', '', '', this.t('unresolved')], notes: [], ...source } }];
    }
    const chosen = target.addresses === 'all' ? addresses : addresses.slice(0, 1);
    const patches: ToWebview[] = [];
    chosen.forEach((address, n) => {
      const key = `${address}|${target.port}`;
      const id = n === 0 ? `t${index}` : `t${index}|${address}`;
      if (!this.live.has(key)) this.live.set(key, { sent: 0, samples: [], stratum: '', refid: '', leap: '', failure: null });
      this.rowsByAddress.set(key, [...(this.rowsByAddress.get(key) ?? []), { id, target, address }]);
      patches.push({ type: 'row', sectionId: SOURCES_SECTION, row: this.liveRow(id, target, address, target.port, this.live.get(key)!) });
    });
    return patches;
  }

  private liveRow(id: string, target: ProbeTarget, address: string, port: number, live: LiveAddress): ReportRow {
    const best = live.samples.reduce<TimedSample | null>((b, s) => (b === null || s.delayMs < b.delayMs ? s : b), null);
    return {
      id,
      status: 'pending',
      cells: [
        this.sourceCell(target),
        formatEndpoint(address, port),
        live.stratum,
        live.refid,
        live.leap,
        best ? formatMilliseconds(best.offsetMs, true) : '',
        best ? formatMilliseconds(best.delayMs) : '',
        `${live.samples.length}/${live.sent}`,
        live.failure ?? this.t('measuring…'),
      ],
      notes: [],
      ...(target.source ? { line: target.source.line } : {}),
    };
  }

  /** The whole model once the run is over, with verdicts. */
  final(report: ProbeReport): ReportModel {
    const t = this.t;
    const base = this.initial();
    const rows = report.results.map((r, i) => this.finalRow(r, i));
    const reachable = report.results.filter((r) => r.reachable).length;
    const status = report.cancelled
      ? t('Cancelled after {0} s: the results are incomplete.', (report.elapsedMs / 1000).toFixed(1))
      : t('{0} of {1} addresses answered, in {2} s.', reachable, report.results.length, (report.elapsedMs / 1000).toFixed(1));
    const notes = [...this.skippedNotes()];
    if (report.notProbed.length > 0) notes.push(t('{0} more addresses were not queried: at most 64 per run.', report.notProbed.length));
    const series = [...this.live.entries()].filter(([, l]) => l.samples.length > 0).map(([key, l]) => ({ id: key, label: this.seriesLabel(key), points: l.samples.map((s) => ({ t: s.atMs, value: s.offsetMs })) }));
    return { ...base, status, busy: false, sections: [{ ...base.sections[0]!, rows }], chart: { ...base.chart!, series }, notes };
  }

  private finalRow(r: ProbeResult, index: number): ReportRow {
    const h = r.observation?.header ?? null;
    const o = r.observation;
    return {
      id: `r${index}`,
      status: rowStatus(r),
      cells: [
        this.sourceCell(r.target),
        r.address === null ? '-' : formatEndpoint(r.address, r.port),
        h ? String(h.stratum) : '',
        h ? h.refid : '',
        h ? String(h.leap) : '',
        r.best ? formatMilliseconds(r.best.offsetMs, true) : '',
        r.best ? formatMilliseconds(r.best.delayMs) : '',
        o ? `${o.samples.length}/${o.sent}` : '',
        r.verdicts.length > 0 ? r.verdicts.map((v) => this.verdictLabel(v.code)).join(', ') : r.reachable ? this.t('OK') : o !== null && o.sent === 0 ? this.t('not queried') : '-',
      ],
      notes: r.verdicts.map((v) => v.message[this.language]),
      ...(r.target.source ? { line: r.target.source.line } : {}),
    };
  }

  verdictLabel(code: VerdictCode): string {
    return pick(VERDICT_LABELS[code], this.language);
  }
}

function rowStatus(r: ProbeResult): RowStatus {
  if (r.verdicts.some((v) => v.severity === 'warning')) return r.reachable ? 'warning' : 'error';
  if (r.verdicts.length > 0) return 'info';
  return r.reachable ? 'ok' : 'skipped';
}
