import { dialectTraits } from '../../../core/dialectTraits';
import { DIALECTS, isNtpFamily, versionAtLeast, type Dialect } from '../../../core/dialect';
import type * as ChronyCatalog from './chrony';
import type * as NtpCatalog from './ntp';
import type { DialectCatalog, DirectiveSpec, OptionSpec } from './types';

export type { ArgumentSpec, DialectCatalog, DirectiveSpec, OptionSpec, ValueType, Unit } from './types';

// Each family's directives load on first use: a lint of chrony.conf never builds ntpd's (and the reverse).
/* eslint-disable @typescript-eslint/no-require-imports */
const chronyDirectives = (): readonly DirectiveSpec[] => (require('./chrony') as typeof ChronyCatalog).CHRONY_DIRECTIVES;
const ntpDirectives = (): readonly DirectiveSpec[] => (require('./ntp') as typeof NtpCatalog).NTP_DIRECTIVES;
/* eslint-enable @typescript-eslint/no-require-imports */

/** Every directive we describe, across all dialects. */
export function allDirectives(): readonly DirectiveSpec[] {
  return [...chronyDirectives(), ...ntpDirectives()];
}

function buildCatalog(dialect: Dialect): DialectCatalog {
  const caseInsensitive = dialectTraits(dialect).caseInsensitiveKeywords;
  const directives = new Map<string, DirectiveSpec>();
  // A family's specs name only its own dialects (catalog test): chrony's never say ntpd, ntpd's never chrony.
  for (const spec of isNtpFamily(dialect) ? ntpDirectives() : chronyDirectives()) {
    if (!spec.dialects.includes(dialect)) continue;
    directives.set(caseInsensitive ? spec.name.toLowerCase() : spec.name, spec);
  }
  return { dialect, caseInsensitive, directives };
}

// Built on first use: a run over chrony files never indexes the ntpd dialects.
const CATALOGS = new Map<Dialect, DialectCatalog>();

export function catalogFor(dialect: Dialect): DialectCatalog {
  let catalog = CATALOGS.get(dialect);
  if (catalog === undefined) CATALOGS.set(dialect, (catalog = buildCatalog(dialect)));
  return catalog;
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

function ignoresCase(spec: DirectiveSpec, dialect: Dialect): boolean {
  return dialectTraits(dialect).caseInsensitiveKeywords && spec.optionsCaseSensitive !== true;
}

// Per directive and dialect, options by the name the daemon compares (lower case for chrony): lookups run per word.
const optionIndexes = new WeakMap<DirectiveSpec, Map<Dialect, ReadonlyMap<string, OptionSpec>>>();

function optionIndex(spec: DirectiveSpec, dialect: Dialect): ReadonlyMap<string, OptionSpec> {
  let byDialect = optionIndexes.get(spec);
  if (byDialect === undefined) optionIndexes.set(spec, (byDialect = new Map()));
  let index = byDialect.get(dialect);
  if (index === undefined) {
    const built = new Map<string, OptionSpec>();
    for (const option of spec.options ?? []) {
      if (!optionAppliesTo(option, dialect)) continue;
      const key = ignoresCase(spec, dialect) ? option.name.toLowerCase() : option.name;
      if (!built.has(key)) built.set(key, option);
    }
    byDialect.set(dialect, (index = built));
  }
  return index;
}

export function findOption(spec: DirectiveSpec, name: string, dialect: Dialect): OptionSpec | undefined {
  if (spec.options === undefined) return undefined;
  return optionIndex(spec, dialect).get(ignoresCase(spec, dialect) ? name.toLowerCase() : name);
}

/** Any spelling of the option in any dialect, for "exists elsewhere" messages. */
export function findOptionAnyDialect(spec: DirectiveSpec, name: string): OptionSpec | undefined {
  return spec.options?.find((o) => o.name.toLowerCase() === name.toLowerCase());
}

export function availableIn(since: string | undefined, dialect: Dialect, chronyVersion: string): boolean {
  return since === undefined || !dialectTraits(dialect).versionGated || versionAtLeast(chronyVersion, since);
}
