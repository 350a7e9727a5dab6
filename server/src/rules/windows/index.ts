import type { Rule } from '../types';
import { w32timeMalformedValue } from './w32timeMalformedValue';
import { w32timePeerFlags } from './w32timePeerFlags';
import { w32timePeerList } from './w32timePeerList';
import { w32timePollInterval } from './w32timePollInterval';
import { w32timeRegistryPath } from './w32timeRegistryPath';
import { w32timeRegistryValue } from './w32timeRegistryValue';
import { w32timeScOptionSpace } from './w32timeScOptionSpace';
import { w32timeServiceName } from './w32timeServiceName';
import { w32tmConfigIncomplete } from './w32tmConfigIncomplete';
import { w32tmGluedSwitch } from './w32tmGluedSwitch';
import { w32tmInvalidSwitch } from './w32tmInvalidSwitch';
import { w32timeUnlimitedCorrection } from './w32timeUnlimitedCorrection';

/** Rules over Windows Time scripts and registry files (batch, PowerShell, .reg). */
export const W32TIME_RULES: readonly Rule[] = [
  w32timeMalformedValue,
  w32timePeerList,
  w32tmGluedSwitch,
  w32tmInvalidSwitch,
  w32tmConfigIncomplete,
  w32timePeerFlags,
  w32timePollInterval,
  w32timeUnlimitedCorrection,
  w32timeRegistryPath,
  w32timeRegistryValue,
  w32timeServiceName,
  w32timeScOptionSpace,
];
