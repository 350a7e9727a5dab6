/**
 * What the report view shows, independent of where the data came from: Verify Servers fills it from probes,
 * Check Host from a daemon's own tables. Plain data (it crosses into the webview as JSON); no vscode import.
 */

export type RowStatus = 'ok' | 'info' | 'warning' | 'error' | 'pending' | 'skipped';

export interface ReportRow {
  /** Stable within its section: updates replace the row with the same id. */
  readonly id: string;
  readonly status: RowStatus;
  /** One cell per column of the section. */
  readonly cells: readonly string[];
  /** Advice lines shown under the row. */
  readonly notes: readonly string[];
  /** Clicking the row reveals this line of the document the report is about (0-based). */
  readonly line?: number;
}

interface ReportSection {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly string[];
  /** Columns whose cells are numbers: right-aligned. */
  readonly numericColumns?: readonly number[];
  /** In a narrow view only this many leading columns stay columns; the rest move to a line under each row. */
  readonly primaryColumns?: number;
  readonly rows: readonly ReportRow[];
  /** Shown when there are no rows. */
  readonly empty?: string;
}

interface ChartPoint {
  /** Milliseconds since the run started. */
  readonly t: number;
  readonly value: number;
}

interface ChartSeries {
  readonly id: string;
  readonly label: string;
  readonly points: readonly ChartPoint[];
}

/** A stripchart like `w32tm /stripchart`: one line per series, value over time. */
interface Stripchart {
  readonly title: string;
  readonly valueLabel: string;
  readonly timeLabel: string;
  /** The time axis spans at least this long, so the chart does not rescale at every sample. */
  readonly expectedDurationMs: number;
  readonly series: readonly ChartSeries[];
  readonly empty: string;
  /** What the value after each legend entry is ("last sample"), as the table shows the best sample by delay. */
  readonly lastValueLabel: string;
}

export interface ReportModel {
  readonly title: string;
  readonly subtitle: string;
  readonly status: string;
  readonly busy: boolean;
  readonly sections: readonly ReportSection[];
  readonly chart?: Stripchart;
  /** Lines under everything else: skipped sources, limits, what the verdicts mean. */
  readonly notes: readonly string[];
}

/** Extension → webview. `model` replaces everything; the others patch it so a live run stays cheap. */
export type ToWebview =
  | { readonly type: 'model'; readonly model: ReportModel }
  | { readonly type: 'row'; readonly sectionId: string; readonly row: ReportRow }
  | { readonly type: 'point'; readonly seriesId: string; readonly label: string; readonly point: ChartPoint }
  | { readonly type: 'status'; readonly status: string; readonly busy: boolean };

/** Webview → extension. */
type FromWebview = { readonly type: 'ready' } | { readonly type: 'reveal'; readonly line: number };

export function isFromWebview(value: unknown): value is FromWebview {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; line?: unknown };
  return message.type === 'ready' || (message.type === 'reveal' && typeof message.line === 'number' && Number.isInteger(message.line) && message.line >= 0);
}

/** Applies a patch to a model the way the webview does, so the extension can keep the same state (for restore). */
export function applyPatch(model: ReportModel, message: ToWebview): ReportModel {
  switch (message.type) {
    case 'model':
      return message.model;
    case 'status':
      return { ...model, status: message.status, busy: message.busy };
    case 'row':
      return {
        ...model,
        sections: model.sections.map((s) => {
          if (s.id !== message.sectionId) return s;
          const at = s.rows.findIndex((r) => r.id === message.row.id);
          return { ...s, rows: at < 0 ? [...s.rows, message.row] : s.rows.map((r, i) => (i === at ? message.row : r)) };
        }),
      };
    case 'point': {
      if (model.chart === undefined) return model;
      const series = model.chart.series.some((s) => s.id === message.seriesId)
        ? model.chart.series.map((s) => (s.id === message.seriesId ? { ...s, points: [...s.points, message.point] } : s))
        : [...model.chart.series, { id: message.seriesId, label: message.label, points: [message.point] }];
      return { ...model, chart: { ...model.chart, series } };
    }
  }
}
