import { INCLUDE_METAS } from './includes/includes';
import { SYNTAX_METAS } from './syntax/syntaxCodes';
import { CONFIG_RULES } from './configRules';
import { STARTUP_RULES } from './startup';
import type { Rule, RuleMeta } from './types';
import { W32TIME_RULES } from './windows';

/** Every semantic rule, in the order their findings are reported. */
export const RULES: readonly Rule[] = [...CONFIG_RULES, ...W32TIME_RULES, ...STARTUP_RULES];

/** Every code a finding can carry: the syntax check's, the include check's and the rules'. Settings and docs are generated from it. */
export const CODE_METAS: readonly RuleMeta[] = [...SYNTAX_METAS, ...INCLUDE_METAS, ...RULES.map((rule) => rule.meta)];
