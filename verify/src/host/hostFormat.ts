import type { DaemonSource } from './types';

/** A daemon's offsets span nanoseconds (loopback) to seconds (a broken host): pick the unit like chronyc does. */
export function formatOffset(ms: number, signed = false): string {
  const abs = Math.abs(ms);
  const sign = ms < 0 ? '-' : signed ? '+' : '';
  if (abs < 0.001) return `${sign}${Math.round(abs * 1e6)} ns`;
  if (abs < 1) return `${sign}${(abs * 1000).toFixed(1)} µs`;
  if (abs < 1000) return `${sign}${abs.toFixed(3)} ms`;
  return `${sign}${(abs / 1000).toFixed(3)} s`;
}

/** Cells shared by the CLI table and the report view. */
export const cell = {
  tally: (s: DaemonSource): string => (s.tally.trim() === '' ? (s.state === 'rejected' ? ' ' : '') : s.tally),
  number: (value: number | null): string => (value === null ? '-' : String(value)),
  ms: (value: number | null, signed = false): string => (value === null ? '-' : formatOffset(value, signed)),
  /** The register in octal, as the daemons print it. */
  reach: (value: number | null): string => (value === null ? '-' : value.toString(8)),
  seconds: (value: number | null): string => {
    if (value === null) return '-';
    if (value < 120) return `${value} s`;
    if (value < 7200) return `${Math.round(value / 60)} min`;
    if (value < 172_800) return `${Math.round(value / 3600)} h`;
    return `${Math.round(value / 86_400)} d`;
  },
};

/** The measured columns both reports show after a source's name: stratum, poll, reach, last rx, offset, error, file line. */
export function measurementCells(source: DaemonSource, line: number | undefined): string[] {
  return [
    cell.number(source.stratum),
    cell.seconds(source.pollSeconds),
    cell.reach(source.reach),
    cell.seconds(source.lastRxSeconds),
    cell.ms(source.offsetMs, true),
    cell.ms(source.errorMs ?? source.jitterMs),
    line === undefined ? '' : String(line + 1),
  ];
}
