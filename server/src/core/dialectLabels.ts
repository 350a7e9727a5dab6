import type { Dialect } from './dialect';

/** How the daemons are named in messages. */
export const DIALECT_LABEL: Readonly<Record<Dialect, string>> = {
  chrony: 'chrony',
  ntpd: 'ntpd 4.2.8',
  ntpsec: 'NTPsec',
  xntpd: 'xntpd 3',
};
