import { escapeForTerminal } from '../../server/src/core/terminalText';
import { fileErrorReason } from '../../server/src/core/fileErrors';
import { localized, type Language, type Localized } from '../../server/src/core/localized';
import { particle } from '../../server/src/core/koreanParticles';

/** How `lint` names standard input in its messages. */
export const STANDARD_INPUT: Localized = localized('standard input', '표준 입력');

/** One line for stderr; the name comes from the command line or the file system, so it is escaped for the terminal. */
export function cannotRead(name: string, error: unknown, language: Language): string {
  const why = fileErrorReason(error, language);
  return (
    escapeForTerminal(language === 'ko' ? `ntpconf: ${name}${particle(name, '을')} 읽을 수 없습니다: ${why}` : `ntpconf: cannot read ${name}: ${why}`) + '\n'
  );
}

export function cannotWrite(name: string, error: unknown, language: Language): string {
  const why = fileErrorReason(error, language);
  const line =
    language === 'ko' ? `ntpconf: ${name}에 쓸 수 없습니다: ${why}. 파일은 그대로입니다.` : `ntpconf: cannot write ${name}: ${why}; the file is unchanged`;
  return escapeForTerminal(line) + '\n';
}
