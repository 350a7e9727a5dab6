import type { Profile } from '../core/settings';
import type { Dialect } from '../core/dialect';
import type { ParsedConfig } from '../formats/ntpconf/parser/types';
import type { CodeMeta, Finding } from '../core/finding';
import type { ScriptRule } from './scriptRule';

export type { Profile } from '../core/settings';

export interface RuleContext {
  readonly config: ParsedConfig;
  readonly dialect: Dialect;
  readonly chronyVersion: string;
  readonly profile: Profile;
  /** The ntpd version when set or found (`4.2.6`, `4.2.8`); undefined: unknown, read as 4.2.8 with care. */
  readonly ntpdVersion?: string;
}

export interface RuleMeta extends CodeMeta {
  /** When set, the rule only runs for these profiles. */
  readonly profiles?: readonly Profile[];
  /** `configuration`: judges the whole set (main file and what it includes), so it runs once on the set, never on a fragment. */
  readonly scope?: 'configuration';
  /** Comments this rule reads (a hypervisor named in one): typing in such a comment re-runs the whole-file rules. */
  readonly readsComments?: RegExp;
}

/** A rule over a daemon's configuration file; `target` is optional so most rules need not say it. */
export interface ConfigRule {
  readonly target?: 'config';
  readonly meta: RuleMeta;
  check(context: RuleContext): Finding[];
}

/** Every rule, told apart by `target`: one registry for settings, docs and the meta-test. */
export type Rule = ConfigRule | ScriptRule;
