import type { Dialect } from '../../core/dialect';
import { localized } from '../../core/localized';
import type { CodeMeta } from '../../core/finding';

// The metadata of what the catalog-driven syntax check (syntax.ts) reports: data, like a rule's `meta`.

const ALL_DIALECTS: readonly Dialect[] = ['chrony', 'ntpd', 'ntpsec', 'xntpd'];

export const UNKNOWN_DIRECTIVE: CodeMeta = {
  code: 'unknown-directive',
  severity: 'error',
  dialects: ALL_DIALECTS,
  fixable: true,
  description: localized('A line starts with a word the daemon does not know.', '줄이 데몬이 모르는 단어로 시작합니다.'),
  docs: { fix: 'the closest directive name, when one is close' },
};

export const UNKNOWN_OPTION: CodeMeta = {
  code: 'unknown-option',
  severity: 'error',
  dialects: ALL_DIALECTS,
  fixable: true,
  description: localized('A directive has a word that is not one of its options.', '지시어에 그 지시어의 옵션이 아닌 단어가 있습니다.'),
  docs: { fix: 'the closest option name, or its spelling in the right case' },
};

export const MISSING_ARGUMENT: CodeMeta = {
  code: 'missing-argument',
  severity: 'error',
  dialects: ALL_DIALECTS,
  fixable: false,
  description: localized('A directive or option lacks a value it needs.', '지시어나 옵션에 필요한 값이 없습니다.'),
};

export const INVALID_VALUE: CodeMeta = {
  code: 'invalid-value',
  severity: 'error',
  severities: ['error', 'warning', 'information'],
  dialects: ALL_DIALECTS,
  fixable: false,
  description: localized('A value is not a number, address, subnet or allowed word.', '값이 숫자, 주소, 서브넷 또는 허용된 단어가 아닙니다.'),
  docs: {
    severity:
      'error when the daemon refuses the line (malformed, or outside a range it enforces, e.g. chronyd `local stratum 16`); warning when it runs but not as written (clamped numbers, an ignored suffix, a name that cannot resolve, words it skips); information outside the manual’s useful range (`polltarget 4`)',
  },
};

export const UNSUPPORTED_IN_DIALECT: CodeMeta = {
  code: 'unsupported-in-dialect',
  severity: 'error',
  severities: ['error', 'warning'],
  dialects: ALL_DIALECTS,
  fixable: false,
  description: localized(
    'A directive or option exists, but not in the daemon (or version) this file is for.',
    '지시어나 옵션이 있기는 하지만 이 파일이 대상으로 하는 데몬(또는 버전)에는 없습니다.',
  ),
  docs: { severity: 'error; warning when a newer chrony directive meets a version that was neither set nor found (4.3 assumed)' },
};

export const TOO_MANY_ARGUMENTS: CodeMeta = {
  code: 'too-many-arguments',
  severity: 'error',
  dialects: ALL_DIALECTS,
  fixable: false,
  description: localized('A directive that takes no options has extra words.', '옵션을 받지 않는 지시어에 단어가 더 있습니다.'),
};

export const TRAILING_COMMENT: CodeMeta = {
  code: 'trailing-comment',
  severity: 'error',
  dialects: ['chrony'],
  fixable: true,
  description: localized('A comment after a directive in chrony.conf.', 'chrony.conf에서 지시어 뒤에 있는 주석.'),
  docs: { fix: 'move the comment to the line above' },
};

export const BYTE_ORDER_MARK: CodeMeta = {
  code: 'byte-order-mark',
  severity: 'error',
  severities: ['error', 'warning'],
  dialects: ALL_DIALECTS,
  fixable: true,
  description: localized('The file starts with a UTF-8 byte order mark (BOM).', '파일이 UTF-8 BOM(바이트 순서 표시)으로 시작합니다.'),
  docs: { severity: 'error (chrony), warning (ntpd family)', fix: 'remove the byte order mark' },
};

export const BINARY_CONTENT: CodeMeta = {
  code: 'binary-content',
  severity: 'error',
  dialects: ALL_DIALECTS,
  fixable: false,
  description: localized('A line holds control characters such as NUL.', '줄에 NUL 같은 제어 문자가 있습니다.'),
};

export const REMOVED_DIRECTIVE: CodeMeta = {
  code: 'removed-directive',
  severity: 'warning',
  // Information when the line asked for what the daemon now always does (chrony's dumponexit).
  severities: ['warning', 'information'],
  dialects: ALL_DIALECTS,
  fixable: false,
  description: localized('A directive the daemon no longer supports.', '데몬이 더 이상 지원하지 않는 지시어.'),
};

export const SYNTAX_METAS: readonly CodeMeta[] = [
  UNKNOWN_DIRECTIVE,
  UNKNOWN_OPTION,
  MISSING_ARGUMENT,
  INVALID_VALUE,
  UNSUPPORTED_IN_DIALECT,
  TOO_MANY_ARGUMENTS,
  TRAILING_COMMENT,
  BYTE_ORDER_MARK,
  BINARY_CONTENT,
  REMOVED_DIRECTIVE,
];
