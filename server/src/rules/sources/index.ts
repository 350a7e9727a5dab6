import type { Rule } from '../types';
import { burstAbuse } from './burstAbuse';
import { duplicateSource } from './duplicateSource';
import { fudgeStratumRange } from './fudgeStratumRange';
import { fudgeWithoutServer } from './fudgeWithoutServer';
import { keyIdRange } from './keyIdRange';
import { legacyRefclockSyntax } from './legacyRefclockSyntax';
import { localClockDeprecated } from './localClockDeprecated';
import { localClockStratum } from './localClockStratum';
import { localWithoutOrphan } from './localWithoutOrphan';
import { maxpollTooHigh } from './maxpollTooHigh';
import { minpollAboveMaxpoll } from './minpollAboveMaxpoll';
import { minpollTooLow } from './minpollTooLow';
import { minsourcesDefault } from './minsourcesDefault';
import { minsourcesUnreachable } from './minsourcesUnreachable';
import { missingDriftfile } from './missingDriftfile';
import { mixedLeapSmearing } from './mixedLeapSmearing';
import { multiplePrefer } from './multiplePrefer';
import { noOpInDialect } from './noOpInDialect';
import { noTimeSource } from './noTimeSource';
import { optionNotValidHere } from './optionNotValidHere';
import { panicDisabled } from './panicDisabled';
import { peerWithoutKey } from './peerWithoutKey';
import { poolAsServer } from './poolAsServer';
import { preferLocalClock } from './preferLocalClock';
import { tooFewSources } from './tooFewSources';
import { untrustedKey } from './untrustedKey';

/** Rules about time sources: how many, which options, reference clocks (all dialects). */
export const SOURCE_RULES: readonly Rule[] = [
  noTimeSource,
  tooFewSources,
  duplicateSource,
  poolAsServer,
  minpollTooLow,
  maxpollTooHigh,
  minpollAboveMaxpoll,
  burstAbuse,
  optionNotValidHere,
  peerWithoutKey,
  mixedLeapSmearing,
  minsourcesDefault,
  minsourcesUnreachable,
  missingDriftfile,
  localClockStratum,
  preferLocalClock,
  multiplePrefer,
  localClockDeprecated,
  localWithoutOrphan,
  fudgeWithoutServer,
  fudgeStratumRange,
  legacyRefclockSyntax,
  keyIdRange,
  untrustedKey,
  noOpInDialect,
  panicDisabled,
];
