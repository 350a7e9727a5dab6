import type { Rule } from '../types';
import { commandPortExposed } from './commandPortExposed';
import { kodWithoutLimited } from './kodWithoutLimited';
import { missingRestrictDefault } from './missingRestrictDefault';
import { mode7Enabled } from './mode7Enabled';
import { monitorAmplifier } from './monitorAmplifier';
import { nocerttimecheck } from './nocerttimecheck';
import { ntsKeyCertMismatch } from './ntsKeyCertMismatch';
import { openNtpService } from './openNtpService';
import { poolBlockedByNopeer } from './poolBlockedByNopeer';
import { publicLeapSmearing } from './publicLeapSmearing';
import { restrictCidrClassic } from './restrictCidrClassic';
import { restrictDefaultPermissive } from './restrictDefaultPermissive';
import { restrictFamilyMismatch } from './restrictFamilyMismatch';
import { restrictHostname } from './restrictHostname';
import { restrictIgnoreDropsServers } from './restrictIgnoreDropsServers';
import { restrictSourceBlocksPool } from './restrictSourceBlocksPool';
import { runsAsRoot } from './runsAsRoot';
import { unauthenticatedBroadcast } from './unauthenticatedBroadcast';

/** Access control and security rules (restrict, allow, command port, authentication). */
export const ACCESS_RULES: readonly Rule[] = [
  // ntpd family: the default entry and what it lets through.
  missingRestrictDefault,
  restrictDefaultPermissive,
  restrictFamilyMismatch,
  monitorAmplifier,
  mode7Enabled,
  poolBlockedByNopeer,
  restrictSourceBlocksPool,
  restrictIgnoreDropsServers,
  restrictCidrClassic,
  restrictHostname,
  kodWithoutLimited,
  unauthenticatedBroadcast,
  publicLeapSmearing,
  // chrony
  openNtpService,
  commandPortExposed,
  runsAsRoot,
  nocerttimecheck,
  ntsKeyCertMismatch,
];
