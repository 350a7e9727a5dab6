import { localized } from '../../../core/localized';
import type { ArgumentSpec, OptionSpec, ValueType } from './types';

// Short builders for catalog entries: a positional argument, a flag, and an option with one value.

export function arg(name: string, type: ValueType, en: string, ko: string, extra: Partial<ArgumentSpec> = {}): ArgumentSpec {
  return { name, type, doc: localized(en, ko), ...extra };
}

export function flag(name: string, en: string, ko: string, extra: Partial<OptionSpec> = {}): OptionSpec {
  return { name, doc: localized(en, ko), ...extra };
}

export function keyed(name: string, value: ValueType, en: string, ko: string, extra: Partial<OptionSpec> = {}): OptionSpec {
  return { name, value, doc: localized(en, ko), ...extra };
}
