import { INCLUDE_METAS } from './includes/includes';
import { SYNTAX_METAS } from './syntax/syntaxCodes';
import { ACCESS_RULES } from './access';
import { CHRONY_RULES } from './chrony';
import { missingIburst } from './missingIburst';
import { SOURCE_RULES } from './sources';
import { STARTUP_RULES } from './startup';
import type { Rule, RuleMeta } from './types';
import { W32TIME_RULES } from './windows';

/** Every semantic rule, in the order their findings are reported. */
export const RULES: readonly Rule[] = [missingIburst, ...SOURCE_RULES, ...ACCESS_RULES, ...CHRONY_RULES, ...W32TIME_RULES, ...STARTUP_RULES];

/** Every code a finding can carry: the syntax check's, the include check's and the rules'. Settings and docs are generated from it. */
export const CODE_METAS: readonly RuleMeta[] = [...SYNTAX_METAS, ...INCLUDE_METAS, ...RULES.map((rule) => rule.meta)];
