import { dialectTraits } from '../../core/dialectTraits';
import { particle } from '../../core/koreanParticles';
import { allDirectives, availableIn, catalogFor, dialectsKnowing, lookupDirective } from '../../formats/ntpconf/catalog';
import type { ArgumentSpec, DirectiveSpec, ValueType } from '../../formats/ntpconf/catalog/types';
import { bindLine, type BoundLine, type WordRole } from '../../formats/ntpconf/model/bindLine';
import { DIALECT_LABEL } from '../../core/dialectLabels';
import { XNTPD_PLATFORM_LABEL, type Dialect, type XntpdPlatform } from '../../core/dialect';
import { localized } from '../../core/localized';
import { LineMemo } from '../../formats/ntpconf/parser/lineMemo';
import type { ConfigLine, ParsedConfig } from '../../formats/ntpconf/parser/types';
import type { Token } from '../../core/token';
import { findingFor, lineRange, tokenRange, type Finding } from '../../core/finding';
import { closestMatch } from '../../core/suggest';
import {
  BINARY_CONTENT,
  BYTE_ORDER_MARK,
  INVALID_VALUE,
  MISSING_ARGUMENT,
  REMOVED_DIRECTIVE,
  SYNTAX_METAS,
  TOO_MANY_ARGUMENTS,
  TRAILING_COMMENT,
  UNKNOWN_DIRECTIVE,
  UNKNOWN_OPTION,
  UNSUPPORTED_IN_DIALECT,
} from './syntaxCodes';
import { checkArgumentValue, checkValue, type ValueProblem } from './values';

/** Codes this module reports; each has metadata in syntaxCodes.ts and a docs page like the rules do. */
export const SYNTAX_CODES: readonly string[] = SYNTAX_METAS.map((meta) => meta.code);

interface SyntaxContext {
  readonly dialect: Dialect;
  readonly chronyVersion: string;
  /** Set or found; otherwise a newer directive is a warning that says how to set the version. */
  readonly chronyVersionKnown?: boolean;
  /** The vendor of xntpd, when a modeline or the host says it; vendor additions are warnings without it. */
  readonly xntpdPlatform?: XntpdPlatform;
}

/** A vendor's xntpd addition (AIX's `iburst`, Solaris' and AIX's `slewalways`): fine there, skipped elsewhere. */
function platformGate(token: Token, platforms: readonly XntpdPlatform[], context: SyntaxContext): Finding | undefined {
  const labels = platforms.map((p) => XNTPD_PLATFORM_LABEL[p]);
  const where = labels.join(' and ');
  const whereKo = labels.join('·');
  if (context.xntpdPlatform !== undefined) {
    if (platforms.includes(context.xntpdPlatform)) return undefined;
    const here = XNTPD_PLATFORM_LABEL[context.xntpdPlatform];
    return findingFor(
      UNSUPPORTED_IN_DIALECT,
      tokenRange(token),
      localized(
        `\`${token.text}\` is known only to the xntpd of ${where}; xntpd on ${here} skips this line.`,
        `\`${token.text}\`${particle(token.text, '은')} ${whereKo}의 xntpd만 압니다. ${here}의 xntpd는 이 줄을 건너뜁니다.`,
      ),
    );
  }
  const [first, ...others] = platforms;
  const modelines = platforms.map((p) => `\`# ntpconf: platform=${p}\``).join(' or ');
  const modelinesKo = platforms.map((p) => `\`# ntpconf: platform=${p}\``).join(' 또는 ');
  return findingFor(
    UNSUPPORTED_IN_DIALECT,
    tokenRange(token),
    localized(
      `\`${token.text}\` is only for ${where} xntpd: there, add \`# ntpconf: platform=${first}\`${others.length > 0 ? ` (or ${others.join(', ')})` : ''}.`,
      `\`${token.text}\`${particle(token.text, '은')} ${whereKo}의 xntpd만 압니다. 그런 호스트라면 \`# ntpconf: platform=${first}\`${others.length > 0 ? `(또는 ${others.join(', ')})` : ''} 주석을 넣으세요.`,
    ),
    {
      severity: 'warning',
      detail: localized(
        `\`${token.text}\` is known only to the xntpd of ${where}; other xntpd 3 builds skip this line. On such a host, add ${modelines}.`,
        `\`${token.text}\`${particle(token.text, '은')} ${whereKo}의 xntpd만 압니다. 다른 xntpd 3 빌드는 이 줄을 건너뜁니다. 그런 호스트라면 ${modelinesKo} 주석을 넣으세요.`,
      ),
    },
  );
}

function unknownDirective(line: ConfigLine, name: Token, context: SyntaxContext): Finding {
  const { dialect } = context;
  const sameWordOtherCase = catalogFor(dialect).directives.has(name.text.toLowerCase());
  const elsewhere = sameWordOtherCase ? [] : dialectsKnowing(name.text, dialect);
  if (elsewhere.length > 0) {
    const where = elsewhere.map((d) => DIALECT_LABEL[d]).join(', ');
    return findingFor(
      UNSUPPORTED_IN_DIALECT,
      tokenRange(name),
      localized(
        `\`${name.text}\` is not a ${DIALECT_LABEL[dialect]} directive (it belongs to ${where}).`,
        `\`${name.text}\`${particle(name.text, '은')} ${DIALECT_LABEL[dialect]} 지시어가 아닙니다(${where} 지시어입니다).`,
      ),
    );
  }
  const suggestion = closestMatch(name.text, catalogFor(dialect).directives.keys());
  const hint =
    suggestion === undefined
      ? localized('', '')
      : localized(` Did you mean \`${suggestion}\`?`, ` \`${suggestion}\`${particle(suggestion, '을')} 말씀하신 건가요?`);
  const consequence = dialectTraits(dialect).refusesBadLine
    ? localized(' chronyd will refuse to start.', ' chronyd가 시작하지 않습니다.')
    : localized(` ${dialectTraits(dialect).daemonName} skips this line.`, ` ${dialectTraits(dialect).daemonName}는 이 줄을 건너뜁니다.`);
  return findingFor(
    UNKNOWN_DIRECTIVE,
    tokenRange(name),
    localized(`Unknown directive \`${name.text}\`.${hint.en}${consequence.en}`, `알 수 없는 지시어 \`${name.text}\`입니다.${hint.ko}${consequence.ko}`),
    {
      fixes:
        suggestion === undefined
          ? undefined
          : [
              {
                title: localized(`Change to ${suggestion}`, `${suggestion}${particle(suggestion, '으로')} 바꾸기`),
                edits: [{ range: tokenRange(name), newText: suggestion }],
                preferred: true,
              },
            ],
    },
  );
}

function versionGate(token: Token, since: string | undefined, context: SyntaxContext): Finding | undefined {
  if (availableIn(since, context.dialect, context.chronyVersion)) return undefined;
  if (context.chronyVersionKnown === false) {
    return findingFor(
      UNSUPPORTED_IN_DIALECT,
      tokenRange(token),
      localized(
        `\`${token.text}\` needs chrony ${since}+ and ${context.chronyVersion} is assumed: if this host runs ${since}+, set the chrony version.`,
        `\`${token.text}\`${particle(token.text, '은')} chrony ${since} 이상이 필요한데 ${context.chronyVersion} 버전으로 가정했습니다. 이 호스트가 ${since} 이상이면 chrony 버전을 설정하세요.`,
      ),
      {
        severity: 'warning',
        detail: localized(
          `\`${token.text}\` needs chrony ${since} or later; no version was set, so ${context.chronyVersion} is assumed. If this host runs chrony ${since} or later, set \`ntpConfig.chronyVersion\` (CLI \`--chrony-version\`) or add \`# ntpconf: chrony-version=${since}\`.`,
          `\`${token.text}\`${particle(token.text, '은')} chrony ${since} 이상이 필요합니다. 버전이 설정되지 않아 ${context.chronyVersion}${particle(context.chronyVersion, '으로')} 가정했습니다. 이 호스트의 chrony가 ${since} 이상이면 \`ntpConfig.chronyVersion\`(CLI \`--chrony-version\`)을 설정하거나 \`# ntpconf: chrony-version=${since}\` 주석을 넣으세요.`,
        ),
      },
    );
  }
  return findingFor(
    UNSUPPORTED_IN_DIALECT,
    tokenRange(token),
    localized(
      `\`${token.text}\` needs chrony ${since} or later; the target is chrony ${context.chronyVersion}.`,
      `\`${token.text}\`${particle(token.text, '은')} chrony ${since} 이상이 필요합니다. 대상 버전은 chrony ${context.chronyVersion}입니다.`,
    ),
  );
}

/** A word the catalog's value type rejects, or one only another dialect accepts. */
function valueFinding(problem: ValueProblem, word: Token): Finding {
  const meta = problem.code === 'unsupported-in-dialect' ? UNSUPPORTED_IN_DIALECT : INVALID_VALUE;
  return findingFor(meta, tokenRange(word), problem.message, {
    ...(problem.severity === 'error' ? {} : { severity: problem.severity }),
    ...(problem.detail === undefined ? {} : { detail: problem.detail }),
  });
}

function checkArguments(bound: BoundLine, spec: DirectiveSpec, context: SyntaxContext, findings: Finding[]): void {
  const { dialect } = context;
  const { roles, tokens: words } = bound;
  const directive = words[0] as Token;
  let argumentCount = 0;
  for (let index = 1; index < words.length; index++) if ((roles[index] as WordRole).kind === 'argument') argumentCount++;
  // A form the daemon picks by the number of words decides the type (chronyd's tempcomp, ntstrustedcerts).
  const typeOf = (argument: ArgumentSpec): ValueType => argument.typeByCount?.[argumentCount] ?? argument.type;
  for (let index = 1; index < words.length; index++) {
    const word = words[index] as Token;
    const role = roles[index] as WordRole;
    switch (role.kind) {
      case 'option': {
        const gate = versionGate(word, role.option.since, context);
        if (gate) findings.push(gate);
        if (role.option.value !== undefined && roles[index + 1]?.kind !== 'optionValue') {
          findings.push(findingFor(MISSING_ARGUMENT, tokenRange(word), localized(`\`${word.text}\` needs a value.`, `\`${word.text}\`에 값이 필요합니다.`)));
        }
        break;
      }
      case 'optionValue': {
        const problem = checkValue(word.text, role.option.value as ValueType, dialect);
        if (problem) findings.push(valueFinding(problem, word));
        break;
      }
      case 'wrongCaseOption':
        findings.push(wrongCaseOption(word, role.option.name, directive));
        break;
      case 'foreignOption': {
        if (dialect === 'xntpd' && role.option.xntpdPlatforms !== undefined) {
          const gate = platformGate(word, role.option.xntpdPlatforms, context);
          if (gate) findings.push(gate);
          break;
        }
        findings.push(
          findingFor(
            UNSUPPORTED_IN_DIALECT,
            tokenRange(word),
            localized(
              `\`${word.text}\` is not supported by ${DIALECT_LABEL[dialect]} on \`${directive.text}\`.`,
              `${DIALECT_LABEL[dialect]}의 \`${directive.text}\`에서는 \`${word.text}\`${particle(word.text, '을')} 쓸 수 없습니다.`,
            ),
          ),
        );
        break;
      }
      case 'argument': {
        // Where chronyd reads this word: the positional argument it would read next, when words follow.
        const next = index + 1 < words.length ? spec.args[role.argument.repeat === true ? role.position : role.position + 1] : undefined;
        const place = { chronyVersion: context.chronyVersion, ...(next !== undefined ? { next: typeOf(next) } : {}) };
        const problem = checkArgumentValue(word.text, typeOf(role.argument), dialect, place);
        if (problem) findings.push(valueFinding(problem, word));
        break;
      }
      case 'extra':
        findings.push(extraWord(word, directive, spec, context));
        break;
      case 'directive':
      case 'foreignOptionValue':
        break;
    }
  }
  if (spec.requiresOption && !bound.hasOptions()) {
    findings.push(
      findingFor(
        MISSING_ARGUMENT,
        tokenRange(directive),
        localized(
          `\`${directive.text}\` needs at least one option; the daemon refuses it bare.`,
          `\`${directive.text}\`에는 옵션이 하나 이상 필요합니다. 데몬이 옵션 없는 줄을 거부합니다.`,
        ),
      ),
    );
  }
  const missing = bound.missingArgument;
  if (missing !== undefined) {
    findings.push(
      findingFor(
        MISSING_ARGUMENT,
        tokenRange(directive),
        localized(`\`${directive.text}\` is missing its \`${missing.name}\` argument.`, `\`${directive.text}\`에 \`${missing.name}\` 인수가 없습니다.`),
      ),
    );
  }
}

/** chronyd matches these option names exactly: `allow ALL` or `log Tracking` stops it. */
function wrongCaseOption(word: Token, name: string, directive: Token): Finding {
  return findingFor(
    UNKNOWN_OPTION,
    tokenRange(word),
    localized(
      `\`${word.text}\` must be written \`${name}\`: chronyd compares the options of \`${directive.text}\` case-sensitively and refuses this line.`,
      `\`${word.text}\`${particle(word.text, '은')} \`${name}\`${particle(name, '으로')} 써야 합니다. chronyd는 \`${directive.text}\`의 옵션을 대소문자까지 구분하며 이 줄을 거부합니다.`,
    ),
    {
      fixes: [
        {
          title: localized(`Change to ${name}`, `${name}${particle(name, '으로')} 바꾸기`),
          edits: [{ range: tokenRange(word), newText: name }],
          preferred: true,
        },
      ],
    },
  );
}

function extraWord(word: Token, directive: Token, spec: DirectiveSpec, context: SyntaxContext): Finding {
  const options = (spec.options ?? []).map((o) => o.name);
  if (options.length === 0) {
    return findingFor(
      TOO_MANY_ARGUMENTS,
      tokenRange(word),
      localized(`Too many arguments for \`${directive.text}\`: \`${word.text}\`.`, `\`${directive.text}\`의 인수가 너무 많습니다: \`${word.text}\`.`),
    );
  }
  const suggestion = closestMatch(word.text, options);
  const hint =
    suggestion === undefined
      ? localized('', '')
      : localized(` Did you mean \`${suggestion}\`?`, ` \`${suggestion}\`${particle(suggestion, '을')} 말씀하신 건가요?`);
  return findingFor(
    UNKNOWN_OPTION,
    tokenRange(word),
    localized(
      `Unknown option \`${word.text}\` for \`${directive.text}\` in ${DIALECT_LABEL[context.dialect]}.${hint.en}`,
      `${DIALECT_LABEL[context.dialect]}의 \`${directive.text}\`에 알 수 없는 옵션 \`${word.text}\`${particle(word.text, '이')} 있습니다.${hint.ko}`,
    ),
    {
      fixes:
        suggestion === undefined
          ? undefined
          : [
              {
                title: localized(`Change to ${suggestion}`, `${suggestion}${particle(suggestion, '으로')} 바꾸기`),
                edits: [{ range: tokenRange(word), newText: suggestion }],
                preferred: true,
              },
            ],
    },
  );
}

function checkTrailingComment(line: ConfigLine, findings: Finding[]): void {
  const comment = line.comment;
  if (comment === undefined || line.commentKind !== 'trailing') return;
  const indent = /^\s*/.exec(line.text)?.[0] ?? '';
  const lastWord = line.tokens[line.tokens.length - 1] as Token;
  findings.push(
    findingFor(
      TRAILING_COMMENT,
      tokenRange(comment),
      localized(
        'chronyd does not allow a comment after a directive and will refuse to start. Put the comment on its own line.',
        'chronyd는 지시어 뒤의 주석을 허용하지 않아 시작하지 않습니다. 주석을 별도 줄로 옮기세요.',
      ),
      {
        fixes: [
          {
            title: localized('Move the comment to the line above', '주석을 윗줄로 옮기기'),
            preferred: true,
            edits: [
              { range: { start: { line: line.line, character: 0 }, end: { line: line.line, character: 0 } }, newText: `${indent}${comment.text}\n` },
              { range: { start: { line: line.line, character: lastWord.end }, end: { line: line.line, character: comment.end } }, newText: '' },
            ],
          },
        ],
      },
    ),
  );
}

// A line's syntax findings depend only on its text, dialect and target version: reused lines skip the check.
// Lines without findings share one empty array to stay small.
const lineFindings = new LineMemo<readonly Finding[]>();
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

function checkDirectiveLine(line: ConfigLine, context: SyntaxContext): Finding[] {
  const findings: Finding[] = [];
  const name = line.tokens[0] as Token;
  if (!dialectTraits(context.dialect).commentsAfterDirective) checkTrailingComment(line, findings);
  const bound = bindLine(line, context.dialect);
  const { spec } = bound;
  if (spec === undefined) {
    findings.push(unknownDirective(line, name, context));
    return findings;
  }
  const gate =
    versionGate(name, spec.since, context) ??
    (context.dialect === 'xntpd' && spec.xntpdPlatforms ? platformGate(name, spec.xntpdPlatforms, context) : undefined);
  if (gate) {
    findings.push(gate);
    return findings;
  }
  if (spec.obsolete !== undefined) {
    findings.push(
      findingFor(REMOVED_DIRECTIVE, tokenRange(name), spec.obsolete, { tags: [2], ...(spec.obsoleteHarmless === true ? { severity: 'information' } : {}) }),
    );
    return findings;
  }
  checkArguments(bound, spec, context, findings);
  return findings;
}

let anyDirective: ReadonlySet<string> | undefined;

/** Known to the file's own dialect (the usual answer, from the one catalog built), else to any daemon. */
function isAnyDirective(word: string, dialect: Dialect): boolean {
  if (lookupDirective(dialect, word) !== undefined) return true;
  anyDirective ??= new Set(allDirectives().map((spec) => spec.name.toLowerCase()));
  return anyDirective.has(word.toLowerCase());
}

function directiveWord(line: ConfigLine): string {
  return (line.tokens[0] as Token).text;
}

/** Not one of two or more lines is a directive any daemon knows: a README or a binary opened as ntp.conf. */
export function isNoConfiguration(config: ParsedConfig): boolean {
  return config.directives.length >= 2 && !config.directives.some((line) => isAnyDirective(directiveWord(line), config.dialect));
}

/** What the daemon's own parser would refuse or ignore, line by line, driven by the catalog. */
export function checkSyntax(config: ParsedConfig, context: SyntaxContext): Finding[] {
  const findings: Finding[] = [];
  if (config.hasByteOrderMark) {
    findings.push(
      findingFor(
        BYTE_ORDER_MARK,
        { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
        localized(
          'The file starts with a UTF-8 byte order mark; the daemon reads it as part of the first word. Save the file as UTF-8 without BOM.',
          '파일이 UTF-8 BOM으로 시작합니다. 데몬이 이를 첫 단어의 일부로 읽습니다. BOM 없는 UTF-8로 저장하세요.',
        ),
        {
          severity: dialectTraits(context.dialect).refusesBadLine ? 'error' : 'warning',
          fixes: [
            {
              title: localized('Remove the byte order mark', 'BOM 제거'),
              preferred: true,
              edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: '' }],
            },
          ],
        },
      ),
    );
  }
  // One finding for a binary file: its lines are not worth one each.
  const firstBinary = config.binaryLines[0];
  if (firstBinary !== undefined) {
    const line = config.lines[firstBinary] as ConfigLine;
    const count = config.binaryLines.length;
    findings.push(
      findingFor(
        BINARY_CONTENT,
        { start: { line: firstBinary, character: 0 }, end: { line: firstBinary, character: line.text.length } },
        localized(
          `${count === 1 ? 'This line holds' : `${count} lines hold`} control characters (such as NUL): is this a binary file?`,
          `${count === 1 ? '이 줄에' : `${count}개 줄에`} 제어 문자(NUL 등)가 있습니다. 바이너리 파일인가요?`,
        ),
      ),
    );
  }
  // Not one line the daemons know: not an NTP configuration at all, said once rather than on every line.
  if (isNoConfiguration(config)) {
    findings.push(
      findingFor(
        UNKNOWN_DIRECTIVE,
        lineRange(config.directives[0]!.line, 0),
        localized(
          `None of the ${config.directives.length} lines is an NTP directive; the daemon would ${dialectTraits(context.dialect).refusesBadLine ? 'refuse the file' : 'skip them all'}. Is this an NTP file?`,
          `${config.directives.length}개 줄 중 chronyd나 ntpd가 아는 지시어가 하나도 없습니다. NTP 설정 파일이 맞나요? 데몬은 ${dialectTraits(context.dialect).refusesBadLine ? '이 파일을 거부합니다' : '모든 줄을 건너뜁니다'}.`,
        ),
      ),
    );
    return findings;
  }
  // Everything a line's findings depend on besides the line itself.
  const contextKey = `${context.dialect}/${context.chronyVersion}/${String(context.chronyVersionKnown)}/${context.xntpdPlatform ?? ''}`;
  const check = (line: ConfigLine): readonly Finding[] => {
    const found = checkDirectiveLine(line, context);
    return found.length === 0 ? NO_FINDINGS : found;
  };
  for (const line of config.directives) {
    for (const finding of lineFindings.get(line, contextKey, check)) findings.push(finding);
  }
  return findings;
}
