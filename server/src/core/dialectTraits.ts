import type { Dialect } from './dialect';

/** How one daemon reads its configuration: the facts code would otherwise test with `dialect === 'chrony'`. */
interface DialectTraits {
  /** The program that reads the file, as messages name it. */
  readonly daemonName: 'chronyd' | 'ntpd' | 'xntpd';
  /** Directive and most option names compared ignoring case. */
  readonly caseInsensitiveKeywords: boolean;
  /** Required positional arguments are read before any option (`server iburst HOST` is refused). */
  readonly positionalFirst: boolean;
  /** A comment may follow a directive on the same line. */
  readonly commentsAfterDirective: boolean;
  /** Characters that start a whole-line comment. */
  readonly commentStarters: string;
  /** Double quotes group a word with spaces (`"C:\\Program Files\\…"`). */
  readonly quotedWords: boolean;
  /** Directives that pull in other files or directories. */
  readonly includeDirectives: readonly string[];
  /** Directives and options carry the chrony release that added them (`since`), gated by the target version. */
  readonly versionGated: boolean;
  /** An unknown directive or a byte order mark stops the daemon (rather than costing one line). */
  readonly refusesBadLine: boolean;
  /** Sources may name a port (`port N`); otherwise always 123. */
  readonly sourcePorts: boolean;
  /** Address families the daemon speaks. */
  readonly addressFamilies: readonly ('ipv4' | 'ipv6')[];
}

const NTP_FAMILY_TRAITS = {
  caseInsensitiveKeywords: false,
  positionalFirst: false,
  commentsAfterDirective: true,
  commentStarters: '#',
  quotedWords: true,
  includeDirectives: ['includefile'],
  versionGated: false,
  refusesBadLine: false,
  sourcePorts: false,
  addressFamilies: ['ipv4', 'ipv6'],
} as const;

const TRAITS: Readonly<Record<Dialect, DialectTraits>> = {
  chrony: {
    daemonName: 'chronyd',
    caseInsensitiveKeywords: true,
    positionalFirst: true,
    commentsAfterDirective: false,
    commentStarters: '#;%!',
    quotedWords: false,
    includeDirectives: ['include', 'confdir', 'sourcedir'],
    versionGated: true,
    refusesBadLine: true,
    sourcePorts: true,
    addressFamilies: ['ipv4', 'ipv6'],
  },
  ntpd: { daemonName: 'ntpd', ...NTP_FAMILY_TRAITS },
  ntpsec: { daemonName: 'ntpd', ...NTP_FAMILY_TRAITS },
  // xntpd 3 (Solaris 8–10, AIX, HP-UX) predates IPv6 support.
  xntpd: { daemonName: 'xntpd', ...NTP_FAMILY_TRAITS, addressFamilies: ['ipv4'] },
};

export function dialectTraits(dialect: Dialect): DialectTraits {
  return TRAITS[dialect];
}
