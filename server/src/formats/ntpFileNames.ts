/** The editor's languages for NTP daemon configurations, and the file names and paths that open in them. */
interface ConfigLanguage {
  readonly id: 'ntp-conf' | 'chrony-conf';
  readonly filenames: readonly string[];
  /** VS Code glob patterns (`*`, `**`), matched against the whole path. */
  readonly filenamePatterns: readonly string[];
}

export const CONFIG_LANGUAGES: readonly ConfigLanguage[] = [
  {
    id: 'ntp-conf',
    filenames: ['ntp.conf', 'ntp.server', 'ntp.client'],
    filenamePatterns: ['ntp.conf.*', '**/etc/inet/ntp.conf', '**/etc/ntp.d/*.conf', '**/etc/ntpsec/ntp.conf'],
  },
  {
    id: 'chrony-conf',
    filenames: ['chrony.conf'],
    filenamePatterns: ['**/etc/chrony/conf.d/*.conf', '**/etc/chrony/sources.d/*.sources', 'chrony.conf.*'],
  },
];

/** Scripts whose NTP lines we check, by name; Windows scripts count only when their text mentions W32Time. */
const SCRIPT_NAMES = [/(^|\/)rc\.config\.d\/netdaemons$/, /(^|\/)etc\/rc\.tcpip$/];
const WINDOWS_SCRIPT = /\.(bat|cmd|ps1|psm1|reg)$/i;
const W32TIME_MENTION = /\bw32t(?:m|ime)\b/i;

/** Configuration-management templates: linted with their markup masked. */
const TEMPLATE_EXTENSIONS = ['.j2', '.jinja', '.jinja2', '.erb', '.epp', '.tmpl', '.tpl'] as const;

/** A VS Code-style glob as a regular expression: `**` any folders, `*` any name part. */
function globToRegExp(glob: string): RegExp {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*') {
      pattern += '(?:.*/)?';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') pattern += '[^/]*';
    else pattern += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`(^|/)${pattern}$`);
}

const LANGUAGE_MATCHERS = CONFIG_LANGUAGES.map((language) => ({
  language,
  names: new Set(language.filenames),
  patterns: language.filenamePatterns.map(globToRegExp),
}));

/** The path without a template extension (`chrony.conf.j2` → `chrony.conf`), and whether it had one. */
export function withoutTemplateExtension(filePath: string): { path: string; template: boolean } {
  const extension = TEMPLATE_EXTENSIONS.find((ext) => filePath.toLowerCase().endsWith(ext));
  return extension === undefined ? { path: filePath, template: false } : { path: filePath.slice(0, -extension.length), template: true };
}

/** What a file found in a tree is for us, by its path (and, for Windows scripts, a look at its text). */
export function ntpFileKind(filePath: string, head: () => string): 'config' | 'script' | undefined {
  const slashed = withoutTemplateExtension(filePath.split('\\').join('/')).path;
  const name = slashed.slice(slashed.lastIndexOf('/') + 1);
  for (const { names, patterns } of LANGUAGE_MATCHERS) {
    if (names.has(name) || patterns.some((pattern) => pattern.test(slashed))) return 'config';
  }
  if (SCRIPT_NAMES.some((pattern) => pattern.test(slashed))) return 'script';
  if (WINDOWS_SCRIPT.test(name) && W32TIME_MENTION.test(head())) return 'script';
  return undefined;
}
