import type { Rule } from '../types';
import { makestepUnlimited } from './makestepUnlimited';
import { maxdistanceHigh } from './maxdistanceHigh';
import { missingMakestep } from './missingMakestep';
import { missingRtcSync } from './missingRtcSync';
import { ntpdSyntaxInChrony } from './ntpdSyntaxInChrony';
import { rtconutcWithRtcsync } from './rtconutcWithRtcsync';
import { rtcsyncWithRtcfile } from './rtcsyncWithRtcfile';

/** chrony-specific clock, RTC and configuration rules. */
export const CHRONY_RULES: readonly Rule[] = [
  ntpdSyntaxInChrony,
  missingMakestep,
  makestepUnlimited,
  rtcsyncWithRtcfile,
  rtconutcWithRtcsync,
  missingRtcSync,
  maxdistanceHigh,
];
