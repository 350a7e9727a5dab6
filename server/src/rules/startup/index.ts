import type { Rule } from '../types';
import { aixXntpdNotStarted } from './aixXntpdNotStarted';
import { hpuxNetdaemonsSyntax } from './hpuxNetdaemonsSyntax';
import { hpuxNtpdateServer } from './hpuxNtpdateServer';
import { hpuxXntpdDisabled } from './hpuxXntpdDisabled';

/** Rules over the HP-UX and AIX start-up files that decide whether xntpd runs at all. */
export const STARTUP_RULES: readonly Rule[] = [hpuxXntpdDisabled, hpuxNetdaemonsSyntax, hpuxNtpdateServer, aixXntpdNotStarted];
