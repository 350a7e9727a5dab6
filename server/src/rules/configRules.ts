import { ACCESS_RULES } from './access';
import { CHRONY_RULES } from './chrony';
import { missingIburst } from './missingIburst';
import { isScriptRule } from './scriptRule';
import { SOURCE_RULES } from './sources';
import type { ConfigRule } from './types';

/**
 * The rules over daemon configuration files, in report order. Kept apart from RULES (./index) so that linting an
 * ntp.conf or chrony.conf does not load the Windows rules and their catalogs: a quarter of the CLI's start-up.
 */
export const CONFIG_RULES: readonly ConfigRule[] = [missingIburst, ...SOURCE_RULES, ...ACCESS_RULES, ...CHRONY_RULES].filter(
  (rule): rule is ConfigRule => !isScriptRule(rule),
);
