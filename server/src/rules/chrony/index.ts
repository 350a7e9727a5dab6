import type { Rule } from '../types';

/** chrony-specific clock, RTC and configuration rules. */
export const CHRONY_RULES: readonly Rule[] = [];
