import * as path from 'node:path';
import { isScriptKind, type DocumentKind } from '../core/documentKind';
import type { Settings } from '../core/settings';
import { checkConfigurationSet, fragmentNotice, modelineVersions, roleOf } from './configurationSet';
import { hostVersions, xntpdPlatformOf } from './hostVersions';
import { applySettings, NO_SUPPRESSIONS } from './suppressions';
import { validateText, type ValidationOptions, type ValidationResult } from './validate';

/**
 * Validates a document as the daemon sees it: a main file gets its line rules plus the whole-configuration rules
 * once on its set (includes spliced in, start-up flags counted); a fragment gets its line rules and one notice.
 * Without files (standard input, an unsaved buffer) the document is its own set.
 */
export function validateConfiguration(text: string, kind: DocumentKind, settings: Settings, options: ValidationOptions = {}): ValidationResult {
  const env = options.files;
  const platform = kind === 'xntpd' ? xntpdPlatformOf(text, env) : undefined;
  const withPlatform = platform === undefined ? options : { ...options, xntpdPlatform: platform };
  if (isScriptKind(kind) || env === undefined) return validateText(text, kind, withModelineVersions(text, settings, options).settings, withPlatform);
  const { settings: versioned, ntpdVersion } = withModelineVersions(text, settings, options);
  const result = validateText(text, kind, versioned, { ...withPlatform, lineRulesOnly: true, ...(ntpdVersion ? { ntpdVersion } : {}) });
  if (result.kind !== 'config') return result;
  // The document's own parse (incremental in the editor) stands in for re-parsing the main file.
  const role = roleOf(text, kind, env, result.config);
  const extra =
    role.role === 'main'
      ? checkConfigurationSet(role.set, kind, versioned, env, {
          mainConfig: result.config,
          mainText: text,
          ...(options.previous ? { previousMainConfig: options.previous } : {}),
          ...(ntpdVersion ? { ntpdVersion } : {}),
        })
      : applySettings([fragmentNotice(role.main === undefined ? undefined : asOnHost(role.main, env.root), kind)], versioned, NO_SUPPRESSIONS);
  return { ...result, findings: [...result.findings, ...extra].sort((a, b) => a.range.start.line - b.range.start.line) };
}

/** The versions named in the file or found on the host override what the settings assume. */
function withModelineVersions(text: string, settings: Settings, options: ValidationOptions): { settings: Settings; ntpdVersion?: string } {
  const named = modelineVersions(text);
  const found = options.files ? hostVersions(options.files) : {};
  const chrony = named.chrony ?? (settings.chronyVersionKnown === false ? found.chrony : undefined);
  const ntpdVersion = named.ntpd ?? options.ntpdVersion ?? found.ntpd;
  const next = chrony === undefined ? settings : { ...settings, chronyVersion: chrony.split('.').slice(0, 2).join('.'), chronyVersionKnown: true };
  return ntpdVersion === undefined ? { settings: next } : { settings: next, ntpdVersion };
}

/** A path under --root as the host names it (`/etc/ntp.d/default.conf`), so messages do not depend on where the copy lives. */
function asOnHost(file: string, root: string | undefined): string {
  if (root === undefined) return file;
  const relative = path.relative(root, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : `/${relative.split(path.sep).join('/')}`;
}
