import { FileRefusedError, readRegularFile } from '../core/boundedRead';
import { UsageError } from '../cliArguments';
import { localized, pick, type Language, type Localized } from '../l10n/localized';

/** Far more than any real ntp.conf or chrony.conf. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

function refusal(error: FileRefusedError): Localized {
  switch (error.reason) {
    case 'not-regular':
      return localized('not a regular file (a device, FIFO, socket or directory)', '일반 파일이 아님(장치, FIFO, 소켓 또는 디렉터리)');
    case 'kernel-file':
      return localized('a file under /proc, /sys or /dev, not a configuration file', '/proc, /sys, /dev 아래의 파일이며 설정 파일이 아님');
    case 'too-large':
      return localized(`larger than ${error.limit / 1024 / 1024} MiB, too large for a configuration file`, `${error.limit / 1024 / 1024} MiB보다 커서 설정 파일로 보기 어려움`);
  }
}

const OPEN_ERRORS: Readonly<Record<string, Localized>> = {
  ENOENT: localized('no such file', '그런 파일이 없음'),
  EACCES: localized('permission denied', '권한이 없음'),
};

/** The text of a config file named on the command line; anything but a small regular file is a UsageError (exit 2). */
export function readConfigArgument(path: string, language: Language): string {
  try {
    return readRegularFile(path, MAX_CONFIG_BYTES).toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const why = error instanceof FileRefusedError ? pick(refusal(error), language) : OPEN_ERRORS[code] ? pick(OPEN_ERRORS[code], language) : code;
    throw new UsageError(language === 'ko' ? `${path}을(를) 읽을 수 없습니다: ${why}` : `cannot read ${path}: ${why}`);
  }
}
