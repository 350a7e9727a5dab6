import { DEFAULT_CHRONY_VERSION } from './dialect';
import { isDocumentKind, type DocumentKind } from './documentKind';
import type { SeverityName } from './finding';

/** Which advice applies: a plain client, a host serving time to others, or a locked-down host. */
export type Profile = 'client' | 'server' | 'hardened';

type SeveritySetting = SeverityName | 'off';

/** `ntpConfig.dialect`: detect per file, or read every file as this dialect or script kind. */
export type DialectSetting = 'auto' | DocumentKind;

/** Everything a user can set, with defaults; the editor and the CLI pass the same object. */
export interface Settings {
  readonly dialect: DialectSetting;
  readonly chronyVersion: string;
  /** The chrony version was set (setting, `--chrony-version`, modeline) or found on the host: newer directives are errors, not warnings. */
  readonly chronyVersionKnown?: boolean;
  readonly profile: Profile;
  /** Per-rule severity overrides by code. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
}

export const DEFAULT_SETTINGS: Settings = { dialect: 'auto', chronyVersion: DEFAULT_CHRONY_VERSION, profile: 'client', rules: {} };

const PROFILES: readonly Profile[] = ['client', 'server', 'hardened'];
const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Accepts whatever the client sent and keeps only well-formed values. */
export function normalizeSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, SeveritySetting> = {};
  if (typeof value['rules'] === 'object' && value['rules'] !== null) {
    for (const [code, severity] of Object.entries(value['rules'] as Record<string, unknown>)) {
      if (SEVERITY_SETTINGS.includes(severity as SeveritySetting)) rules[code] = severity as SeveritySetting;
    }
  }
  const knownVersion = typeof value['chronyVersion'] === 'string' && /^\d+\.\d+$/.test(value['chronyVersion']);
  return {
    dialect: isDocumentKind(value['dialect']) ? value['dialect'] : DEFAULT_SETTINGS.dialect,
    chronyVersion: knownVersion ? (value['chronyVersion'] as string) : DEFAULT_SETTINGS.chronyVersion,
    chronyVersionKnown: knownVersion,
    profile: PROFILES.includes(value['profile'] as Profile) ? (value['profile'] as Profile) : DEFAULT_SETTINGS.profile,
    rules,
  };
}
