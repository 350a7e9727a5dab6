import type { Dialect } from '../../../../core/dialect';
import type { DirectiveSpec } from '../types';
import { NTP_ACCESS_DIRECTIVES } from './access';
import { NTP_AUTH_DIRECTIVES } from './auth';
import { NTP_CLOCK_DIRECTIVES } from './clock';
import { NTP_FILE_DIRECTIVES } from './files';
import { ENABLE_FLAGS, NTP_MISC_DIRECTIVES } from './misc';
import { NTP_MONITORING_DIRECTIVES, STATISTICS_NAMES } from './monitoring';
import { NTP_NTS_DIRECTIVES } from './nts';
import { NTP_REFCLOCK_DIRECTIVES } from './refclock';
import { NTP_SOURCE_DIRECTIVES } from './sources';

/** ntpd 4.2.8, NTPsec 1.2 and xntpd 3 directives; each entry lists the dialects that accept it. */
export const NTP_DIRECTIVES: readonly DirectiveSpec[] = [
  ...NTP_SOURCE_DIRECTIVES,
  ...NTP_ACCESS_DIRECTIVES,
  ...NTP_REFCLOCK_DIRECTIVES,
  ...NTP_AUTH_DIRECTIVES,
  ...NTP_NTS_DIRECTIVES,
  ...NTP_MONITORING_DIRECTIVES,
  ...NTP_CLOCK_DIRECTIVES,
  ...NTP_FILE_DIRECTIVES,
  ...NTP_MISC_DIRECTIVES,
];

/**
 * Enum values that only some dialects accept, per directive (an enum ValueType cannot vary by dialect).
 * `NTP_VALUE_DIALECTS.enable.auth` → ['ntpd', 'xntpd']. Values not listed are accepted by every dialect of the directive.
 */
export const NTP_VALUE_DIALECTS: Readonly<Record<string, Readonly<Record<string, readonly Dialect[]>>>> = (() => {
  const enableFlags = Object.fromEntries(Object.entries(ENABLE_FLAGS).map(([value, info]) => [value, info.dialects]));
  const statistics = Object.fromEntries(Object.entries(STATISTICS_NAMES).map(([value, info]) => [value, info.dialects]));
  return { enable: enableFlags, disable: enableFlags, statistics, filegen: statistics };
})();

export { ENABLE_FLAGS } from './misc';
export { LOGCONFIG_KEYWORDS, STATISTICS_NAMES } from './monitoring';
export { REFCLOCK_DRIVERS } from './refclock';
