import type { DirectiveSpec } from '../types';
import { CHRONY_SOURCE_DIRECTIVES } from './sources';

/** chrony 4.x directives (chrony.conf(5)); `since` marks those newer than 4.0. */
export const CHRONY_DIRECTIVES: readonly DirectiveSpec[] = [...CHRONY_SOURCE_DIRECTIVES];
