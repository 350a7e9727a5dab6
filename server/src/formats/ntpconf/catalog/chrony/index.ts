import type { DirectiveSpec } from '../types';
import { CHRONY_ACCESS_DIRECTIVES } from './access';
import { CHRONY_CLOCK_DIRECTIVES } from './clock';
import { CHRONY_FILE_DIRECTIVES } from './files';
import { CHRONY_LOGGING_DIRECTIVES } from './logging';
import { CHRONY_MISC_DIRECTIVES } from './misc';
import { CHRONY_NETWORK_DIRECTIVES } from './network';
import { CHRONY_NTS_DIRECTIVES } from './nts';
import { CHRONY_OBSOLETE_DIRECTIVES } from './obsolete';
import { CHRONY_RATE_LIMIT_DIRECTIVES } from './rateLimit';
import { CHRONY_REFCLOCK_DIRECTIVES } from './refclock';
import { CHRONY_RTC_DIRECTIVES } from './rtc';
import { CHRONY_SELECTION_DIRECTIVES } from './selection';
import { CHRONY_SOURCE_DIRECTIVES } from './sources';

/** chrony 4.x directives (chrony.conf(5)); `since` marks those newer than 4.0. */
export const CHRONY_DIRECTIVES: readonly DirectiveSpec[] = [
  ...CHRONY_SOURCE_DIRECTIVES,
  ...CHRONY_REFCLOCK_DIRECTIVES,
  ...CHRONY_SELECTION_DIRECTIVES,
  ...CHRONY_CLOCK_DIRECTIVES,
  ...CHRONY_RTC_DIRECTIVES,
  ...CHRONY_ACCESS_DIRECTIVES,
  ...CHRONY_NETWORK_DIRECTIVES,
  ...CHRONY_RATE_LIMIT_DIRECTIVES,
  ...CHRONY_NTS_DIRECTIVES,
  ...CHRONY_LOGGING_DIRECTIVES,
  ...CHRONY_FILE_DIRECTIVES,
  ...CHRONY_MISC_DIRECTIVES,
  ...CHRONY_OBSOLETE_DIRECTIVES,
];
