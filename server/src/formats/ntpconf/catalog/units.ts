import type { Unit } from './types';
import type { Language } from '../../../core/localized';

/** "64 s", "17 min 4 s", "1 h 8 min": log2 poll values made concrete. */
export function formatSeconds(seconds: number, language: Language): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  if (seconds < 1) return `${+(seconds * 1000).toPrecision(3)} ms`;
  const units: [number, string, string][] = [
    [86400, 'd', '일'],
    [3600, 'h', '시간'],
    [60, 'min', '분'],
    [1, 's', '초'],
  ];
  const parts: string[] = [];
  let rest = Math.round(seconds);
  for (const [size, en, ko] of units) {
    if (rest >= size && parts.length < 2) {
      const count = Math.floor(rest / size);
      parts.push(`${count}${language === 'ko' ? ko : ' ' + en}`);
      rest -= count * size;
    }
  }
  return parts.join(' ') || '0 s';
}

/** A value with its meaning spelled out, or undefined when the number speaks for itself. */
export function concreteValue(word: string, unit: Unit | undefined, language: Language): string | undefined {
  const value = Number(word);
  if (unit === undefined || !Number.isFinite(value)) return undefined;
  switch (unit) {
    case 'log2-seconds':
      return `2^${value} = ${plainSeconds(2 ** value, language)}`;
    case 'seconds':
      return formatSeconds(value, language);
    case 'milliseconds':
      return formatSeconds(value / 1000, language);
    case 'hours':
      return formatSeconds(value * 3600, language);
    case 'days':
      return formatSeconds(value * 86400, language);
    case 'ppm':
      return ppmText(value, language);
    case 'bytes':
      return bytesText(value);
    default:
      return undefined;
  }
}

/** `64 s`, `1024 s (17 min 4 s)`, `125 ms`: exact seconds first, as the manuals count poll intervals. */
function plainSeconds(seconds: number, language: Language): string {
  if (!Number.isFinite(seconds) || seconds < 1) return formatSeconds(seconds, language);
  const exact = `${seconds}${language === 'ko' ? '초' : ' s'}`;
  return seconds < 120 ? exact : `${exact} (${formatSeconds(seconds, language)})`;
}

/** 1 ppm is 1 µs per second, 86.4 ms per day. */
function ppmText(ppm: number, language: Language): string {
  const perDay = Math.abs(ppm) * 86400e-6;
  const text = perDay < 1 ? formatSeconds(perDay, language) : `${+perDay.toPrecision(3)}${language === 'ko' ? '초' : ' s'}`;
  return language === 'ko' ? `하루 최대 ${text}` : `up to ${text} per day`;
}

function bytesText(bytes: number): string | undefined {
  const units: [number, string][] = [
    [1024 ** 3, 'GiB'],
    [1024 ** 2, 'MiB'],
    [1024, 'KiB'],
  ];
  for (const [size, name] of units) if (bytes >= size) return `${+(bytes / size).toPrecision(3)} ${name}`;
  return undefined;
}
