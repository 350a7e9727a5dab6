import type { Finding } from '../core/finding';
import type { Settings } from '../core/settings';
import type { ConfigLine, ParsedConfig } from '../formats/ntpconf/parser/types';
import { CONFIG_RULES } from '../rules/configRules';

/**
 * Whole-file rules read the directive lines (the incremental parse hands an unchanged line back as the same
 * object, at the same place) and the settings, never comment or blank lines. So when an edit leaves every
 * directive line in place, as typing in a comment does, their findings are the previous version's. Kept per
 * directive list, so the configuration-set check (which may share the document's list) finds its own entry.
 */
interface Remembered {
  readonly lineCount: number;
  readonly byKey: Map<string, readonly Finding[]>;
}

const remembered = new WeakMap<readonly ConfigLine[], Remembered>();

/** Everything besides the directives that a whole-file rule's findings depend on. */
export function wholeFileKey(scope: string, settings: Settings, ntpdVersion: string | undefined): string {
  const off = Object.keys(settings.rules)
    .filter((code) => settings.rules[code] === 'off')
    .sort()
    .join(',');
  return `${scope}|${settings.chronyVersion}|${String(settings.chronyVersionKnown)}|${settings.profile}|${ntpdVersion ?? ''}|${off}`;
}

/** The lines an edit changed when every directive line is still in place; undefined when a directive moved or changed. */
function changedQuietLines(previous: ParsedConfig, config: ParsedConfig): number[] | undefined {
  if (previous === config) return [];
  const before = previous.directives;
  const after = config.directives;
  if (previous.dialect !== config.dialect || previous.lines.length !== config.lines.length || before.length !== after.length) return undefined;
  for (let i = 0; i < after.length; i++) if (before[i] !== after[i]) return undefined;
  const changed: number[] = [];
  for (let i = 0; i < config.lines.length; i++) {
    const was = previous.lines[i]!;
    const is = config.lines[i]!;
    if (was === is) continue;
    // A comment can steer findings too (see STEERING).
    if (steersFindings(was.text) || steersFindings(is.text)) return undefined;
    changed.push(i);
  }
  return changed;
}

/**
 * A finding that sits on a changed comment (whole-file findings sit on line 1, which may be one) or whose fix edits
 * one (an append after the last line does) would point at stale text.
 */
function touches(findings: readonly Finding[], lines: readonly number[]): boolean {
  if (lines.length === 0) return false;
  const onChanged = (range: Finding['range']) => lines.some((line) => line >= range.start.line && line <= range.end.line);
  return findings.some((finding) => onChanged(finding.range) || finding.fixes?.some((fix) => fix.edits.some((edit) => onChanged(edit.range))) === true);
}

// Suppressions and modelines (`# ntpconf…`), and whatever comments a rule declares it reads (rules/types readsComments).
const STEERING: readonly RegExp[] = [/ntpconf/i, ...CONFIG_RULES.flatMap((rule) => (rule.meta.readsComments ? [rule.meta.readsComments] : []))];

function steersFindings(text: string): boolean {
  return STEERING.some((pattern) => pattern.test(text));
}

/** The previous version's findings for `key` when its directive lines are all still in place, else `run()`'s. */
export function reuseOrRun(config: ParsedConfig, previous: ParsedConfig | undefined, key: string, run: () => readonly Finding[]): readonly Finding[] {
  const changed = previous === undefined ? undefined : changedQuietLines(previous, config);
  const kept = changed !== undefined && previous !== undefined ? remembered.get(previous.directives)?.byKey.get(key) : undefined;
  const found = kept !== undefined && !touches(kept, changed ?? []) ? kept : undefined;
  const findings = found ?? run();
  let entry = remembered.get(config.directives);
  if (entry === undefined || entry.lineCount !== config.lines.length)
    remembered.set(config.directives, (entry = { lineCount: config.lines.length, byKey: new Map() }));
  entry.byKey.set(key, findings);
  return findings;
}
