import type { Dialect } from '../dialect';
import type { ParsedConfig } from '../parser/types';
import type { CodeMeta, Finding } from '../validation/finding';

/** Which advice applies: a plain client, a host serving time to others, or a locked-down host. */
export type Profile = 'client' | 'server' | 'hardened';

export interface RuleContext {
  readonly config: ParsedConfig;
  readonly dialect: Dialect;
  readonly chronyVersion: string;
  readonly profile: Profile;
}

export interface RuleMeta extends CodeMeta {
  /** When set, the rule only runs for these profiles. */
  readonly profiles?: readonly Profile[];
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): Finding[];
}
