import { ACCESS_RULES } from './access';
import { CHRONY_RULES } from './chrony';
import { missingIburst } from './missingIburst';
import { SOURCE_RULES } from './sources';
import { STARTUP_RULES } from './startup';
import type { Rule } from './types';
import { W32TIME_RULES } from './windows';

/** Every semantic rule, in the order their findings are reported. */
export const RULES: readonly Rule[] = [missingIburst, ...SOURCE_RULES, ...ACCESS_RULES, ...CHRONY_RULES, ...W32TIME_RULES, ...STARTUP_RULES];

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.code === code);
}
