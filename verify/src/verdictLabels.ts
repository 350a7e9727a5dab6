import { localized, type Localized } from '../../server/src/core/localized';
import type { VerdictCode } from './types';

/** The short word for a verdict in a table cell (the CLI's RESULT column, the report's Result column). */
export const VERDICT_LABELS: Readonly<Record<VerdictCode, Localized>> = {
  unresolved: localized('unresolved', '이름 확인 실패'),
  unreachable: localized('unreachable', '도달 불가'),
  'invalid-reply': localized('invalid reply', '잘못된 응답'),
  'access-refused': localized('access refused', '접근 거부'),
  'rate-limited': localized('rate-limited', '속도 제한'),
  unsynchronized: localized('unsynchronized', '동기화 안 됨'),
  falseticker: localized('falseticker', 'falseticker(틀린 시계)'),
  'no-agreement': localized('no agreement', '합의 없음'),
  'high-delay': localized('high delay', '지연 큼'),
  'single-source': localized('only source', '유일한 소스'),
};
