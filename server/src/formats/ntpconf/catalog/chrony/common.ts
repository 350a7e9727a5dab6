import type { Localized } from '../../../../core/localized';
import type { ArgumentSpec, DirectiveCategory, DirectiveSpec, OptionSpec, ValueType } from '../types';

/** The manual of the release that introduced a directive; 4.3 is the baseline we target. */
function chronyDocUrl(anchor: string, version = '4.3'): string {
  return `https://chrony-project.org/doc/${version}/chrony.conf.html${anchor === '' ? '' : `#${anchor}`}`;
}

export const POLL: ValueType = { kind: 'integer', min: -7, max: 24, unit: 'log2-seconds' };
export const LOG2_SECONDS: ValueType = { kind: 'integer', unit: 'log2-seconds' };
export const SECONDS: ValueType = { kind: 'number', unit: 'seconds' };
export const NON_NEGATIVE_SECONDS: ValueType = { kind: 'number', min: 0, unit: 'seconds' };
export const WHOLE_SECONDS: ValueType = { kind: 'integer', min: 0, max: 2147483647, unit: 'seconds' };
export const PPM: ValueType = { kind: 'number', min: 0, unit: 'ppm' };
export const RATIO: ValueType = { kind: 'number', min: 0 };
export const COUNT: ValueType = { kind: 'integer', min: 0, unit: 'count' };
export const SIGNED_COUNT: ValueType = { kind: 'integer', unit: 'count' };
export const PORT: ValueType = { kind: 'integer', min: 0, max: 65535 };
export const UINT32_ID: ValueType = { kind: 'integer', min: 0, max: 4294967295 };
export const PATH: ValueType = { kind: 'path' };
export const WORD: ValueType = { kind: 'word' };
export const HOST: ValueType = { kind: 'host' };
export const IP: ValueType = { kind: 'ip' };
export const SUBNET: ValueType = { kind: 'subnet' };
export const INTERFACE: ValueType = { kind: 'word' };

export { arg, flag, keyed } from '../builders';

interface ChronyDirectiveInput {
  readonly name: string;
  readonly category: DirectiveCategory;
  readonly args?: readonly ArgumentSpec[];
  readonly options?: readonly OptionSpec[];
  readonly doc: Localized;
  readonly since?: string;
  readonly obsolete?: Localized;
  readonly obsoleteHarmless?: boolean;
  readonly optionsCaseSensitive?: boolean;
  /** The man page anchor when it is not the directive name (`ntsdumpdir1`); '' for no anchor. */
  readonly anchor?: string;
}

/** Directives newer than 4.3 link to the manual of the release that added them. */
export function chronyDirective(input: ChronyDirectiveInput): DirectiveSpec {
  const { anchor, since, args, ...rest } = input;
  const manualVersion = since !== undefined && isAfterBaseline(since) ? since : undefined;
  return {
    ...rest,
    ...(since === undefined ? {} : { since }),
    dialects: ['chrony'],
    args: args ?? [],
    docUrl: chronyDocUrl(anchor ?? input.name, manualVersion),
  };
}

function isAfterBaseline(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map((part) => Number.parseInt(part, 10) || 0);
  return major > 4 || (major === 4 && minor > 3);
}

/** `name VALUE`: the common shape of a directive with exactly one argument. */
export function singleValue(
  name: string,
  category: DirectiveCategory,
  argument: ArgumentSpec,
  doc: Localized,
  extra: Partial<ChronyDirectiveInput> = {},
): DirectiveSpec {
  return chronyDirective({ name, category, args: [argument], doc, ...extra });
}

/** A directive that takes no words at all (`rtcsync`); chronyd rejects anything after it. */
export function switchDirective(name: string, category: DirectiveCategory, doc: Localized, extra: Partial<ChronyDirectiveInput> = {}): DirectiveSpec {
  return chronyDirective({ name, category, doc, ...extra });
}
