import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentKind } from '../documentKind';
import { fixAllEdits } from '../features/codeActions';
import type { Settings } from '../settings';
import { validateText, type ValidationOptions, type ValidationResult } from './validate';

const MAX_FIX_PASSES = 10;

/** Applies every preferred fix, in passes like eslint --fix: a fix that collided with another is picked up next time. */
export function fixAll(text: string, dialect: DocumentKind, settings: Settings, options: ValidationOptions = {}): { text: string; result: ValidationResult } {
  let fixed = text;
  let result = validateText(text, dialect, settings, options);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = fixAllEdits(result.findings);
    if (edits.length === 0) break;
    fixed = TextDocument.applyEdits(TextDocument.create('file:///fix', 'plaintext', 0, fixed), edits);
    result = validateText(fixed, dialect, settings, { ...options, previous: result.config });
  }
  return { text: fixed, result };
}
