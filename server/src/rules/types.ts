import type { Profile } from '../core/settings';
import type { Dialect } from '../core/dialect';
import type { ParsedConfig } from '../formats/ntpconf/parser/types';
import type { CodeMeta, Finding } from '../core/finding';


export type { Profile } from '../core/settings';

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
