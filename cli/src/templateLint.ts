import type { Finding } from '../../server/src/core/finding';
import { withoutTemplateExtension } from '../../server/src/formats/ntpFileNames';
import { maskTemplate, touchesMaskedValue, type MaskedTemplate } from '../../server/src/formats/templateMarkup';

// Findings that count lines across the file: a loop or a condition around lines makes their count a guess.
const COUNTS_LINES = new Set(['too-few-sources', 'duplicate-source', 'multiple-prefer', 'pool-as-server']);

interface LintTarget {
  /** What is checked: the file's text, or a template's with its markup masked. */
  readonly text: string;
  /** The path detection sees (`chrony.conf.j2` → `chrony.conf`). */
  readonly path: string | undefined;
  readonly template: MaskedTemplate | undefined;
}

export function lintTarget(file: string, text: string): LintTarget {
  if (file === '-') return { text, path: undefined, template: undefined };
  const name = withoutTemplateExtension(file);
  if (!name.template) return { text, path: file, template: undefined };
  const template = maskTemplate(text);
  return { text: template.text, path: name.path, template };
}

/** A template's placeholders are values we cannot judge: findings on them, or counts under its loops, are dropped. */
export function judgeableFindings(findings: readonly Finding[], template: MaskedTemplate | undefined): readonly Finding[] {
  if (template === undefined) return findings;
  return findings.filter((f) => !touchesMaskedValue(f.range, template.values) && !(template.hasControlFlow && COUNTS_LINES.has(f.code)));
}
