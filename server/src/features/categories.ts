import type { DirectiveCategory } from '../formats/ntpconf/catalog/types';
import { localized, type Localized } from '../core/localized';

/** How the outline and completion name each catalog category. */
export const CATEGORY_LABELS: Readonly<Record<DirectiveCategory, Localized>> = {
  source: localized('Time sources', '시간 소스'),
  refclock: localized('Reference clocks', '기준 시계'),
  access: localized('Access control', '접근 제어'),
  auth: localized('Authentication', '인증'),
  nts: localized('Network Time Security', 'NTS(네트워크 시간 보안)'),
  clock: localized('Clock discipline', '시계 보정'),
  file: localized('Files', '파일'),
  logging: localized('Logging and statistics', '로그와 통계'),
  misc: localized('Other settings', '기타 설정'),
};

/** Unknown directives land in their own group so the outline still shows every line. */
export const UNKNOWN_LABEL: Localized = localized('Unknown directives', '알 수 없는 지시어');
