import { FileRefusedError } from './boundedRead';
import { localized, pick, type Language, type Localized } from './localized';

function refusal(error: FileRefusedError): Localized {
  switch (error.reason) {
    case 'not-regular':
      return localized('not a regular file (a device, FIFO, socket or directory)', '일반 파일이 아님(장치, FIFO, 소켓 또는 디렉터리)');
    case 'kernel-file':
      return localized('a file under /proc, /sys or /dev, not a configuration file', '/proc, /sys, /dev 아래의 파일이며 설정 파일이 아님');
    case 'too-large':
      return localized(
        `larger than ${error.limit / 1024 / 1024} MiB, too large for a configuration file`,
        `${error.limit / 1024 / 1024} MiB보다 커서 설정 파일로 보기 어려움`,
      );
  }
}

const SYSTEM_ERRORS: Readonly<Record<string, Localized>> = {
  ENOENT: localized('no such file', '그런 파일이 없음'),
  EACCES: localized('permission denied', '권한이 없음'),
  EPERM: localized('operation not permitted', '허용되지 않는 작업'),
  EISDIR: localized('is a directory', '디렉터리임'),
  ELOOP: localized('too many symbolic links', '심볼릭 링크가 너무 많음'),
  ENAMETOOLONG: localized('name too long', '이름이 너무 김'),
  ENOSPC: localized('no space left on device', '장치에 남은 공간이 없음'),
  EDQUOT: localized('disk quota exceeded', '디스크 할당량 초과'),
  EROFS: localized('read-only file system', '읽기 전용 파일 시스템'),
  EIO: localized('input/output error', '입출력 오류'),
};

/** Why a file could not be read or written, in the user's language; unknown errors keep their own message. */
export function fileErrorReason(error: unknown, language: Language): string {
  if (error instanceof FileRefusedError) return pick(refusal(error), language);
  const known = SYSTEM_ERRORS[(error as NodeJS.ErrnoException).code ?? ''];
  return known ? pick(known, language) : error instanceof Error ? error.message : String(error);
}
