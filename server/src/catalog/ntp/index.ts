import type { DirectiveSpec } from '../types';
import { NTP_SOURCE_DIRECTIVES } from './sources';

/** ntpd 4.2.8, NTPsec 1.2 and xntpd 3 directives; each entry lists the dialects that accept it. */
export const NTP_DIRECTIVES: readonly DirectiveSpec[] = [...NTP_SOURCE_DIRECTIVES];
