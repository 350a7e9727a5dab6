import type { Rule } from '../types';

/** Access control and security rules (restrict, allow, command port, authentication). */
export const ACCESS_RULES: readonly Rule[] = [];
