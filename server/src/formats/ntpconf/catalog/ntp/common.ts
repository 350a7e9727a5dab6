import type { Dialect, XntpdPlatform } from '../../../../core/dialect';
import type { Localized } from '../../../../core/localized';
import type { ArgumentSpec, DirectiveCategory, DirectiveSpec, OptionSpec, ValueType } from '../types';

/** Dialect sets used throughout the ntp-family catalog. */
export const ALL: readonly Dialect[] = ['ntpd', 'ntpsec', 'xntpd'];
export const NTPD_NTPSEC: readonly Dialect[] = ['ntpd', 'ntpsec'];
export const CLASSIC: readonly Dialect[] = ['ntpd', 'xntpd'];
export const NTPD: readonly Dialect[] = ['ntpd'];
export const NTPSEC: readonly Dialect[] = ['ntpsec'];
export const XNTPD: readonly Dialect[] = ['xntpd'];

/** NTPsec pages live at docs.ntpsec.org; `anchor` is omitted when the page has none for the directive. */
export function secUrl(page: string, anchor?: string): string {
  return `https://docs.ntpsec.org/latest/${page}.html${anchor === undefined ? '' : `#${anchor}`}`;
}

/** Classic ntpd 4.2.8 pages (confopt, accopt, authopt, monopt, miscopt, clockopt). */
export function classicUrl(page: string): string {
  return `https://doc.ntp.org/documentation/4.2.8-series/${page}/`;
}

/** The ntp.org archive of the xntp 3-5.93e documentation. */
export function xntpUrl(page: string): string {
  return `https://doc.ntp.org/documentation/3-5.93e/${page}/`;
}

// Value types shared by several files.
export const WORD: ValueType = { kind: 'word' };
export const PATH: ValueType = { kind: 'path' };
export const HOST: ValueType = { kind: 'host' };
export const IP: ValueType = { kind: 'ip' };
/** ntpd 4.2.8 clamps to 3..17, NTPsec to 0..17, xntpd 3 to 4..14: the widest range is used. */
export const POLL: ValueType = { kind: 'integer', min: 0, max: 17, unit: 'log2-seconds' };
/** A source's or clock's own minpoll/maxpoll: NTPsec's option_int slot, which also takes 0x11. */
export const OPTION_POLL: ValueType = { kind: 'integer', min: 0, max: 17, unit: 'log2-seconds', takesUnsigned: true };
export const SECONDS: ValueType = { kind: 'number', unit: 'seconds' };
export const NON_NEGATIVE_SECONDS: ValueType = { kind: 'number', min: 0, unit: 'seconds' };
export const WHOLE_SECONDS: ValueType = { kind: 'integer', min: 0, unit: 'seconds' };
export const COUNT: ValueType = { kind: 'integer', min: 0, unit: 'count' };
export const NUMBER: ValueType = { kind: 'number' };
export const INTEGER: ValueType = { kind: 'integer' };
/** Symmetric key ids: 1..65535 in ntpd/NTPsec; xntpd 3 takes any 32-bit value. */
export const KEY_ID: ValueType = { kind: 'integer', min: 1, max: 4294967295 };
/** The `key` option of a source: NTPsec's option_int slot, which also takes 0x10. */
export const OPTION_KEY_ID: ValueType = { kind: 'integer', min: 1, max: 4294967295, takesUnsigned: true };
/** Key id of controlkey/requestkey: xntpd 3 templates use 0 (the fixed, globally known key). */
export const KEY_ID_OR_ZERO: ValueType = { kind: 'integer', min: 0, max: 4294967295 };
export const STRATUM: ValueType = { kind: 'integer', min: 0, max: 16, unit: 'stratum' };
// ntpd and NTPsec take any whole number and log "Integer value is not boolean (0 or 1). Assuming 1".
export const BIT: ValueType = { kind: 'integer', min: 0, max: 1 };
export const YES_NO: ValueType = { kind: 'enum', values: ['yes', 'no'] };

import { flag } from '../builders';

export { arg, flag, keyed } from '../builders';

interface NtpDirectiveInput {
  readonly name: string;
  readonly dialects: readonly Dialect[];
  readonly category: DirectiveCategory;
  readonly args?: readonly ArgumentSpec[];
  readonly options?: readonly OptionSpec[];
  readonly doc: Localized;
  readonly docUrl: string;
  readonly obsolete?: Localized;
  readonly requiresOption?: boolean;
  readonly xntpdPlatforms?: readonly XntpdPlatform[];
}

export function ntpDirective(input: NtpDirectiveInput): DirectiveSpec {
  const { args, ...rest } = input;
  return { ...rest, args: args ?? [] };
}

/** `-4` / `-6` in front of an address: force the IPv4 or IPv6 DNS lookup (not in xntpd 3). */
export const ADDRESS_FAMILY_FLAGS: readonly OptionSpec[] = [
  flag(
    '-4',
    'Resolve the following host name to IPv4 addresses only. Must come before the address.',
    '뒤따르는 호스트 이름을 IPv4 주소로만 조회합니다. 주소 앞에 써야 합니다.',
    { dialects: NTPD_NTPSEC },
  ),
  flag(
    '-6',
    'Resolve the following host name to IPv6 addresses only. Must come before the address.',
    '뒤따르는 호스트 이름을 IPv6 주소로만 조회합니다. 주소 앞에 써야 합니다.',
    { dialects: NTPD_NTPSEC },
  ),
];
