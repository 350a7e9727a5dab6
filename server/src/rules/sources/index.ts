import type { Rule } from '../types';

/** Rules about time sources: how many, which options, reference clocks (all dialects). */
export const SOURCE_RULES: readonly Rule[] = [];
