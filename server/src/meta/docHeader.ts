import { DIALECT_LABEL } from '../core/dialectLabels';
import { isScriptKind, type DocumentKind } from '../core/documentKind';
import type { RuleMeta } from '../rules/types';
import { allowedSeverities } from '../core/finding';

const SCRIPT_LABEL: Readonly<Record<Exclude<DocumentKind, keyof typeof DIALECT_LABEL>, string>> = {
  w32time: 'Windows Time scripts and registry files',
  'hpux-netdaemons': 'HP-UX `/etc/rc.config.d/netdaemons`',
  'aix-rc-tcpip': 'AIX `/etc/rc.tcpip`',
  'unrelated-script': 'scripts without NTP lines',
};

function kindLabel(kind: DocumentKind): string {
  return isScriptKind(kind) ? SCRIPT_LABEL[kind] : DIALECT_LABEL[kind];
}

/** The facts line under a docs page's title, from the code's metadata. */
function docHeaderLine(meta: RuleMeta): string {
  const severity = meta.docs?.severity ?? allowedSeverities(meta).join(', ');
  const where = meta.dialects.every(isScriptKind) ? 'Applies to' : 'Dialects';
  const dialects = meta.dialects.map(kindLabel).join(', ') + (meta.docs?.dialects ? ` (${meta.docs.dialects})` : '');
  const parts = [`**Severity:** ${severity} ([contract](../../README.md#severity-contract))`, `**${where}:** ${dialects}`];
  if (meta.profiles) parts.push(`**Profiles:** ${meta.profiles.join(', ')}`);
  parts.push(`**Quick fix:** ${meta.fixable ? (meta.docs?.fix ?? 'yes') : 'none'}`);
  return parts.join(' · ');
}

/** A docs page with its title and facts line regenerated; the body below stays as written. */
export function withDocHeader(page: string, meta: RuleMeta): string {
  const lines = page.split('\n');
  const body = lines[1] === '' && lines[2]?.startsWith('**Severity:**') ? lines.slice(3) : lines.slice(lines[0]?.startsWith('# ') ? 1 : 0);
  return [`# ${meta.code}`, '', docHeaderLine(meta), ...body].join('\n');
}
