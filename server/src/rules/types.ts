import type { Dialect } from '../dialect';
import type { DocumentKind } from '../documentKind';
import type { Localized } from '../l10n/localized';
import type { ParsedConfig } from '../parser/types';
import type { Finding, SeverityName } from '../validation/finding';

/** Which advice applies: a plain client, a host serving time to others, or a locked-down host. */
export type Profile = 'client' | 'server' | 'hardened';

export interface RuleContext {
  readonly config: ParsedConfig;
  readonly dialect: Dialect;
  readonly chronyVersion: string;
  readonly profile: Profile;
}

export interface RuleMeta {
  /** Stable slug, also the docs page name: docs/rules/<code>.md. */
  readonly code: string;
  readonly severity: SeverityName;
  /** The dialects, or the script kinds (documentKind.ts) for rules over scripts, the rule applies to. */
  readonly dialects: readonly DocumentKind[];
  readonly fixable: boolean;
  /** One line for settings and docs. */
  readonly description: Localized;
  /** When set, the rule only runs for these profiles. */
  readonly profiles?: readonly Profile[];
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): Finding[];
}
