import { escapeForTerminal } from '../../server/src/core/terminalText';
import { pick, type Language } from '../../server/src/core/localized';
import { formatEndpoint, formatMilliseconds } from './format';
import { VERDICT_LABELS } from './verdictLabels';
import { MAX_ADDRESSES, type NotProbed, type ProbeReport, type ProbeResult, type SkippedSource } from './types';

/** One element of `ntpconf probe --json`; the first twelve keys are the contract other tools rely on. */
export interface ProbeJson {
  target: string;
  address: string | null;
  port: number;
  reachable: boolean;
  stratum: number | null;
  refid: string | null;
  leap: number | null;
  offsetMs: number | null;
  delayMs: number | null;
  kiss: string | null;
  verdicts: string[];
  samples: { offsetMs: number; delayMs: number }[];
  messages: string[];
  rootDelayMs: number | null;
  rootDispersionMs: number | null;
  precision: number | null;
  version: number | null;
  file?: string;
  /** 1-based, like editors and compilers print it. */
  line?: number;
}

const round = (ms: number): number => Math.round(ms * 1e6) / 1e6;

export function toProbeJson(result: ProbeResult, language: Language): ProbeJson {
  const header = result.observation?.header ?? null;
  const source = result.target.source;
  return {
    target: result.target.label,
    address: result.address,
    port: result.port,
    reachable: result.reachable,
    stratum: header?.stratum ?? null,
    refid: header?.refid ?? null,
    leap: header?.leap ?? null,
    offsetMs: result.best === null ? null : round(result.best.offsetMs),
    delayMs: result.best === null ? null : round(result.best.delayMs),
    kiss: header?.kiss ?? null,
    verdicts: result.verdicts.map((v) => v.code),
    samples: (result.observation?.samples ?? []).map((s) => ({ offsetMs: round(s.offsetMs), delayMs: round(s.delayMs) })),
    messages: result.verdicts.map((v) => pick(v.message, language)),
    rootDelayMs: header === null ? null : round(header.rootDelayMs),
    rootDispersionMs: header === null ? null : round(header.rootDispersionMs),
    precision: header?.precision ?? null,
    version: header?.version ?? null,
    ...(source?.file === undefined ? {} : { file: source.file }),
    ...(source === undefined ? {} : { line: source.line + 1 }),
  };
}

/** Said in both outputs: how many addresses the per-run limit left out. */
export function notProbedNote(count: number, language: Language): string {
  return language === 'ko'
    ? `주소가 너무 많아 ${count}개는 질의하지 않았습니다(한 번에 최대 ${MAX_ADDRESSES}개).`
    : `${count} more address(es) were not queried: at most ${MAX_ADDRESSES} per run.`;
}

const NOT_PROBED = {
  en: `Not queried: at most ${MAX_ADDRESSES} addresses per run.`,
  ko: `질의하지 않음: 한 번에 최대 ${MAX_ADDRESSES}개 주소까지 질의합니다.`,
};

/** An address the limit left out, in the same shape as the others, so `--json` readers see every target. */
export function notProbedJson(entry: NotProbed, language: Language): ProbeJson {
  const result: ProbeResult = { ...entry, observation: null, resolveError: null, best: null, reachable: false, verdicts: [] };
  return { ...toProbeJson(result, language), verdicts: ['not-probed'], messages: [pick(NOT_PROBED, language)] };
}

const HEADINGS = {
  en: ['TARGET', 'ADDRESS', 'ST', 'REFID', 'LI', 'OFFSET', 'DELAY', 'RESULT'],
  ko: ['대상', '주소', 'ST', 'REFID', 'LI', '오프셋', '지연', '결과'],
};

/** A short status word for the table; the full advice follows below it. */
function statusWord(result: ProbeResult, language: Language): string {
  const first = result.verdicts[0];
  if (first !== undefined) return pick(VERDICT_LABELS[first.code], language);
  if (result.observation !== null && result.observation.sent === 0 && result.address !== null) return language === 'ko' ? '취소됨' : 'cancelled';
  return result.reachable ? (language === 'ko' ? '정상' : 'ok') : '-';
}

function resultRow(result: ProbeResult, language: Language): string[] {
  const header = result.observation?.header ?? null;
  const target = result.target.source ? `${result.target.source.file ?? ''}:${result.target.source.line + 1} ${result.target.label}` : result.target.label;
  return [
    target,
    result.address === null ? '-' : formatEndpoint(result.address, result.port),
    header === null ? '-' : String(header.stratum),
    header === null ? '-' : header.refid,
    header === null ? '-' : String(header.leap),
    result.best === null ? '-' : formatMilliseconds(result.best.offsetMs, true),
    result.best === null ? '-' : formatMilliseconds(result.best.delayMs),
    statusWord(result, language),
  ];
}

/** Columns padded by display width, counting Hangul as two cells. */
function table(rows: string[][]): string[] {
  const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(ch) ? 2 : 1), 0);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ''))));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell + ' '.repeat(widths[c]! - width(cell)))).join('  '));
}

export function formatProbeText(report: ProbeReport, skipped: readonly SkippedSource[], language: Language): string {
  // Host names, refids and skipped lines come from files and the network: shown, never acted on by the terminal.
  const lines = table([HEADINGS[language], ...report.results.map((r) => resultRow(r, language).map((cell) => escapeForTerminal(cell)))]);
  const notes: string[] = [];
  for (const r of report.results) {
    const where = r.address === null ? r.target.label : formatEndpoint(r.address, r.port);
    for (const v of r.verdicts)
      notes.push(
        `${where}: ${v.severity === 'warning' ? (language === 'ko' ? '경고' : 'warning') : language === 'ko' ? '정보' : 'info'}: ${pick(v.message, language)}`,
      );
  }
  for (const s of skipped) notes.push(`${s.file ?? ''}:${s.line + 1}: ${language === 'ko' ? '건너뜀' : 'skipped'} ${s.text}: ${pick(s.reason, language)}`);
  if (report.notProbed.length > 0) notes.push(notProbedNote(report.notProbed.length, language));
  if (report.cancelled) notes.push(language === 'ko' ? '취소됨: 일부 결과만 있습니다.' : 'Cancelled: the results are incomplete.');
  return [...lines, ...(notes.length > 0 ? ['', ...notes.map((note) => escapeForTerminal(note))] : [])].join('\n') + '\n';
}
