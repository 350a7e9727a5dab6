import { missingIburst } from './missingIburst';
import type { Rule } from './types';

/** Every semantic rule, in the order their findings are reported. */
export const RULES: readonly Rule[] = [missingIburst];

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.code === code);
}
