import type { FoldingRange } from 'vscode-languageserver-types';
import type { ConfigLine, ParsedConfig } from '../formats/ntpconf/parser/types';

type LineKind = 'blank' | 'comment' | 'directive';

function kindOf(line: ConfigLine): LineKind {
  if (line.tokens.length > 0) return 'directive';
  return line.comment !== undefined ? 'comment' : 'blank';
}

/**
 * Sections and comment blocks, in one pass. A section starts after a blank line, or at a comment
 * that follows a directive (a comment header); it folds when it spans two lines or more. A run of
 * comments folds on its own unless it heads a section (the section fold already starts there).
 */
export function foldingRanges(config: ParsedConfig): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const lines = config.lines;
  let sectionStart = -1;
  let sectionHasDirective = false;
  let commentStart = -1;
  let previous: LineKind = 'blank';
  let lastNonBlank = -1;

  const closeComment = (end: number): void => {
    if (commentStart >= 0 && end > commentStart && commentStart !== sectionStart) ranges.push({ startLine: commentStart, endLine: end, kind: 'comment' });
    commentStart = -1;
  };
  const closeSection = (end: number): void => {
    if (sectionStart >= 0 && end > sectionStart) {
      ranges.push(sectionHasDirective ? { startLine: sectionStart, endLine: end } : { startLine: sectionStart, endLine: end, kind: 'comment' });
    }
    sectionStart = -1;
    sectionHasDirective = false;
  };

  for (let number = 0; number < lines.length; number++) {
    const kind = kindOf(lines[number] as ConfigLine);
    if (kind === 'blank') {
      closeComment(lastNonBlank);
      closeSection(lastNonBlank);
    } else {
      if (kind === 'comment' && previous === 'directive') closeSection(lastNonBlank);
      if (kind === 'comment' && previous !== 'comment') commentStart = number;
      if (kind === 'directive' && previous === 'comment') closeComment(number - 1);
      if (sectionStart < 0) sectionStart = number;
      if (kind === 'directive') sectionHasDirective = true;
      lastNonBlank = number;
    }
    previous = kind;
  }
  closeComment(lastNonBlank);
  closeSection(lastNonBlank);
  return ranges.sort((a, b) => a.startLine - b.startLine);
}
