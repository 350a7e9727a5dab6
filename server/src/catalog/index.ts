import { DIALECTS, versionAtLeast, type Dialect } from '../dialect';
import { CHRONY_DIRECTIVES } from './chrony';
import { NTP_DIRECTIVES } from './ntp';
import type { DialectCatalog, DirectiveSpec, OptionSpec } from './types';

export type { ArgumentSpec, DialectCatalog, DirectiveSpec, OptionSpec, ValueType, Unit } from './types';

/** Every directive we describe, across all dialects. */
export const ALL_DIRECTIVES: readonly DirectiveSpec[] = [...CHRONY_DIRECTIVES, ...NTP_DIRECTIVES];

function buildCatalog(dialect: Dialect): DialectCatalog {
  const caseInsensitive = dialect === 'chrony';
  const directives = new Map<string, DirectiveSpec>();
  for (const spec of ALL_DIRECTIVES) {
    if (!spec.dialects.includes(dialect)) continue;
    directives.set(caseInsensitive ? spec.name.toLowerCase() : spec.name, spec);
  }
  return { dialect, caseInsensitive, directives };
}

const CATALOGS: ReadonlyMap<Dialect, DialectCatalog> = new Map(DIALECTS.map((d) => [d, buildCatalog(d)]));

export function catalogFor(dialect: Dialect): DialectCatalog {
  return CATALOGS.get(dialect) as DialectCatalog;
}

export function lookupDirective(dialect: Dialect, name: string): DirectiveSpec | undefined {
  const catalog = catalogFor(dialect);
  return catalog.directives.get(catalog.caseInsensitive ? name.toLowerCase() : name);
}

/** The dialects (other than `dialect`) whose catalog has this directive name. */
export function dialectsKnowing(name: string, except: Dialect): Dialect[] {
  return DIALECTS.filter((d) => d !== except && lookupDirective(d, name) !== undefined);
}

export function optionAppliesTo(option: OptionSpec, dialect: Dialect): boolean {
  return option.dialects === undefined || option.dialects.includes(dialect);
}

export function findOption(spec: DirectiveSpec, name: string, dialect: Dialect): OptionSpec | undefined {
  const wanted = dialect === 'chrony' ? name.toLowerCase() : name;
  return spec.options?.find((o) => (dialect === 'chrony' ? o.name.toLowerCase() : o.name) === wanted && optionAppliesTo(o, dialect));
}

/** Any spelling of the option in any dialect, for "exists elsewhere" messages. */
export function findOptionAnyDialect(spec: DirectiveSpec, name: string): OptionSpec | undefined {
  return spec.options?.find((o) => o.name.toLowerCase() === name.toLowerCase());
}

export function availableIn(since: string | undefined, dialect: Dialect, chronyVersion: string): boolean {
  return since === undefined || dialect !== 'chrony' || versionAtLeast(chronyVersion, since);
}
