import { pick, type Language } from '../../../server/src/core/localized';
import { VERDICT_LABELS } from '../../../verify/src/verdictLabels';
import { formatEndpoint, formatMilliseconds } from '../../../verify/src/format';
import { headerOf, rootDistanceMs, type ProbeEvent } from '../../../verify/src/probe';
import type { ProbeReport, ProbeResult, ProbeSettings, ProbeTarget, SkippedSource, TimedSample, VerdictCode } from '../../../verify/src/types';
import type { ReportModel, ReportRow, RowStatus, ToWebview } from './reportModel';
import { quotedCode } from '../../../server/src/core/plainText';

/** vscode.l10n.t's shape, so this module stays free of vscode and testable. */
export type Translate = (message: string, ...args: (string | number)[]) => string;

export const SOURCES_SECTION = 'sources';

/** The table's columns, in order: what a reader needs first (which source, what happened, by how much) on the left. */
const COLUMNS = ['source', 'result', 'offset', 'delay', 'stratum', 'rootDistance', 'refid', 'leap', 'kiss', 'address', 'samples'] as const;
type Column = (typeof COLUMNS)[number];
const NUMERIC: readonly Column[] = ['offset', 'delay', 'stratum', 'rootDistance', 'samples'];

/** A row's cells in column order; a column not given is empty. */
function cellsOf(values: Partial<Record<Column, string>>): string[] {
  return COLUMNS.map((column) => values[column] ?? '');
}

/** Column index, for tests and callers that read one cell. */
export function columnIndex(column: Column): number {
  return COLUMNS.indexOf(column);
}

interface LiveAddress {
  sent: number;
  samples: TimedSample[];
  stratum: string;
  refid: string;
  leap: string;
  rootDistance: string;
  kiss: string;
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
    const titles: Record<Column, string> = {
      source: t('Source'),
      result: t('Result'),
      offset: t('Offset'),
      delay: t('Delay'),
      stratum: t('Stratum'),
      rootDistance: t('Root distance'),
      refid: t('Reference ID'),
      leap: t('Leap'),
      kiss: t('Kiss code'),
      address: t('Address'),
      samples: t('Samples'),
    };
    return COLUMNS.map((column) => titles[column]);
  }

  initial(): ReportModel {
    const t = this.t;
    return {
      title: t('Verify Servers: {0}', this.fileName),
      subtitle: t(
        '{0} samples per address, {1} s apart, {2} s timeout. Offset: how far the server is ahead of this machine; in the table, from the sample with the least delay.',
        this.settings.samples,
        this.settings.intervalMs / 1000,
        this.settings.timeoutMs / 1000,
      ),
      status: t('Resolving names…'),
      busy: true,
      sections: [
        {
          id: SOURCES_SECTION,
          title: t('Sources'),
          columns: this.columns(),
          numericColumns: NUMERIC.map(columnIndex),
          primaryColumns: columnIndex('delay') + 1,
          rows: this.targets.map((target, i) => this.pendingRow(i, target)),
          empty: t('No sources.'),
        },
      ],
      chart: {
        title: t('Offset over time'),
        valueLabel: t('offset (ms)'),
        timeLabel: t('time (s)'),
        expectedDurationMs: (this.settings.samples - 1) * Math.max(this.settings.intervalMs, this.settings.timeoutMs) + this.settings.timeoutMs,
        series: [],
        empty: t('Waiting for the first reply…'),
        lastValueLabel: t('last sample'),
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
    return {
      id: `t${index}`,
      status: 'pending',
      cells: cellsOf({ source: this.sourceCell(target), address: '…', result: this.t('resolving…') }),
      notes: [],
      ...(target.source ? { line: target.source.line } : {}),
    };
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
        const header = headerOf(o.verdict.packet);
        live.stratum = String(header.stratum);
        live.leap = String(header.leap);
        live.refid = header.refid;
        live.rootDistance = formatMilliseconds(rootDistanceMs(header));
        live.kiss = header.kiss ?? '';
        live.failure = null;
      }
      if (event.sample) {
        live.samples.push(event.sample);
        patches.push({ type: 'point', seriesId: key, label: this.seriesLabel(key), point: { t: event.sample.atMs, value: event.sample.offsetMs } });
      }
    }
    for (const row of this.rowsByAddress.get(key) ?? [])
      patches.push({ type: 'row', sectionId: SOURCES_SECTION, row: this.liveRow(row.id, row.target, row.address, event.port, live) });
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
      return [
        {
          type: 'row',
          sectionId: SOURCES_SECTION,
          row: {
            id: `t${index}`,
            status: 'error',
            cells: cellsOf({ source: this.sourceCell(target), address: '-', result: this.t('unresolved') }),
            notes: [],
            ...source,
          },
        },
      ];
    }
    const chosen = target.addresses === 'all' ? addresses : addresses.slice(0, 1);
    const patches: ToWebview[] = [];
    chosen.forEach((address, n) => {
      const key = `${address}|${target.port}`;
      const id = n === 0 ? `t${index}` : `t${index}|${address}`;
      if (!this.live.has(key)) this.live.set(key, { sent: 0, samples: [], stratum: '', refid: '', leap: '', rootDistance: '', kiss: '', failure: null });
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
      cells: cellsOf({
        source: this.sourceCell(target),
        result: live.failure ?? this.t('measuring…'),
        offset: best ? formatMilliseconds(best.offsetMs, true) : '',
        delay: best ? formatMilliseconds(best.delayMs) : '',
        stratum: live.stratum,
        rootDistance: live.rootDistance,
        refid: live.refid,
        leap: live.leap,
        kiss: live.kiss,
        address: formatEndpoint(address, port),
        samples: `${live.samples.length}/${live.sent}`,
      }),
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
      : report.results.length === 1
        ? t('{0} of 1 address answered, in {1} s.', reachable, (report.elapsedMs / 1000).toFixed(1))
        : t('{0} of {1} addresses answered, in {2} s.', reachable, report.results.length, (report.elapsedMs / 1000).toFixed(1));
    const notes = [...this.skippedNotes()];
    if (report.notProbed.length > 0) notes.push(t('{0} more addresses were not queried: at most 64 per run.', report.notProbed.length));
    const series = [...this.live.entries()]
      .filter(([, l]) => l.samples.length > 0)
      .map(([key, l]) => ({ id: key, label: this.seriesLabel(key), points: l.samples.map((s) => ({ t: s.atMs, value: s.offsetMs })) }));
    return { ...base, status, busy: false, sections: [{ ...base.sections[0]!, rows }], chart: { ...base.chart!, series }, notes };
  }

  private finalRow(r: ProbeResult, index: number): ReportRow {
    const h = r.observation?.header ?? null;
    const o = r.observation;
    return {
      id: `r${index}`,
      status: rowStatus(r),
      cells: cellsOf({
        source: this.sourceCell(r.target),
        result:
          r.verdicts.length > 0
            ? r.verdicts.map((v) => this.verdictLabel(v.code)).join(', ')
            : r.reachable
              ? this.t('OK')
              : o !== null && o.sent === 0
                ? this.t('not queried')
                : '-',
        offset: r.best ? formatMilliseconds(r.best.offsetMs, true) : '',
        delay: r.best ? formatMilliseconds(r.best.delayMs) : '',
        stratum: h ? String(h.stratum) : '',
        rootDistance: h ? formatMilliseconds(rootDistanceMs(h)) : '',
        refid: h ? h.refid : '',
        leap: h ? String(h.leap) : '',
        kiss: h?.kiss ?? '',
        address: r.address === null ? '-' : formatEndpoint(r.address, r.port),
        samples: o ? `${o.samples.length}/${o.sent}` : '',
      }),
      notes: r.verdicts.map((v) => quotedCode(v.message[this.language])),
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
