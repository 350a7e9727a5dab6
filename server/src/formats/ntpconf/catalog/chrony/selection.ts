import { localized } from '../../../../core/localized';
import type { DirectiveSpec, ValueType } from '../types';
import { arg, COUNT, NON_NEGATIVE_SECONDS, RATIO, singleValue, WHOLE_SECONDS } from './common';

const AUTH_SELECT_MODE: ValueType = {
  kind: 'enum',
  values: ['require', 'prefer', 'mix', 'ignore'],
  caseInsensitive: true,
  docs: {
    require: localized(
      'Authentication is mandatory: unauthenticated NTP sources automatically get `noselect`.',
      '인증이 필수입니다. 인증되지 않은 NTP 소스에는 자동으로 `noselect`가 붙습니다.',
    ),
    prefer: localized(
      'Authentication is preferred: once at least one NTP source is authenticated, all unauthenticated ones get `noselect`.',
      '인증을 선호합니다. 인증된 NTP 소스가 하나라도 있으면 인증되지 않은 소스에는 모두 `noselect`가 붙습니다.',
    ),
    mix: localized(
      'Default. Authenticated sources and refclocks get `require` and `trust`, so unauthenticated sources are used only when they agree with them.',
      '기본값입니다. 인증된 소스와 기준 시계에 `require`와 `trust`가 붙어, 인증되지 않은 소스는 이들과 일치할 때만 쓰입니다.',
    ),
    ignore: localized(
      'Authentication plays no role in selection; sources keep only the options written in the configuration (the behaviour before chrony 4.0).',
      '소스 선택에서 인증을 고려하지 않습니다. 설정에 적힌 옵션만 적용됩니다(chrony 4.0 이전 동작).',
    ),
  },
};

export const CHRONY_SELECTION_DIRECTIVES: readonly DirectiveSpec[] = [
  singleValue(
    'authselectmode',
    'auth',
    arg('mode', AUTH_SELECT_MODE, 'require, prefer, mix or ignore.', 'require, prefer, mix, ignore 중 하나입니다.'),
    localized(
      'Sets how authenticated (`key`/`nts`) and unauthenticated sources are mixed in source selection. The default `mix` lets unauthenticated sources contribute only when they agree with the authenticated ones; `require` drops them entirely. Sources with `noselect` are not affected.',
      '인증된 소스(`key`/`nts`)와 인증되지 않은 소스를 소스 선택에서 어떻게 섞을지 정합니다. 기본값 `mix`는 인증되지 않은 소스가 인증된 소스와 일치할 때만 쓰이게 하고, `require`는 아예 제외합니다. `noselect` 소스에는 영향이 없습니다.',
    ),
  ),
  singleValue(
    'combinelimit',
    'source',
    arg('limit', RATIO, 'Distance ratio to the selected source.', '선택된 소스 대비 거리 비율입니다.'),
    localized(
      'Limits which sources are combined with the selected one: their synchronisation distance must be below the selected distance times this limit, and their frequency close to it. Default 3; 0 uses only the selected source.',
      '선택된 소스와 함께 결합할 소스를 제한합니다. 동기화 거리가 선택된 소스 거리의 이 배수보다 작고 주파수가 비슷해야 합니다. 기본값은 3이며, 0이면 선택된 소스만 씁니다.',
    ),
  ),
  singleValue(
    'maxdistance',
    'source',
    arg('distance', NON_NEGATIVE_SECONDS, 'Maximum root distance in seconds.', '최대 루트 거리(초)입니다.'),
    localized(
      'Sources whose root distance (root dispersion plus half the root delay) exceeds this many seconds are rejected. Default 3 s; raise it only for servers that update their own clock rarely.',
      '루트 거리(루트 분산 + 루트 지연의 절반)가 이 값(초)보다 큰 소스를 거부합니다. 기본값은 3초이며, 자기 시계를 드물게 갱신하는 서버에만 늘리세요.',
    ),
  ),
  singleValue(
    'maxjitter',
    'source',
    arg('jitter', NON_NEGATIVE_SECONDS, 'Maximum jitter in seconds.', '최대 지터(초)입니다.'),
    localized(
      'Rejects sources whose jitter is larger than this many seconds, even if their root distance is small. Default 1 s.',
      '루트 거리가 작더라도 지터가 이 값(초)보다 큰 소스를 거부합니다. 기본값은 1초입니다.',
    ),
  ),
  singleValue(
    'minsources',
    'source',
    arg('sources', { kind: 'integer', min: 1, unit: 'count' }, 'Number of selectable sources required.', '필요한 선택 가능 소스 수입니다.'),
    localized(
      'Minimum number of selectable sources that must agree before the clock is updated. Default 1; a higher value protects against a single wrong server.',
      '시계를 갱신하기 전에 서로 일치해야 하는 선택 가능 소스의 최소 수입니다. 기본값은 1이며, 늘리면 서버 하나가 틀렸을 때를 막아 줍니다.',
    ),
  ),
  singleValue(
    'reselectdist',
    'source',
    arg('distance', NON_NEGATIVE_SECONDS, 'Distance added to unselected sources, in seconds.', '선택되지 않은 소스에 더하는 거리(초)입니다.'),
    localized(
      'Distance added to sources that are not currently selected, to avoid switching back and forth between sources of similar quality. Default 100 µs (1e-4).',
      '현재 선택되지 않은 소스에 더하는 거리로, 비슷한 품질의 소스 사이에서 자꾸 바꾸지 않게 합니다. 기본값은 100µs(1e-4)입니다.',
    ),
  ),
  singleValue(
    'stratumweight',
    'source',
    arg('distance', NON_NEGATIVE_SECONDS, 'Distance per stratum, in seconds.', 'stratum마다 더하는 거리(초)입니다.'),
    localized(
      'Distance added per stratum when selecting the best source. Default 0.001 s, so the stratum only matters when distances differ by milliseconds or less.',
      '최적 소스를 고를 때 stratum마다 더하는 거리입니다. 기본값은 0.001초여서 거리가 밀리초 이내로 비슷할 때만 stratum이 영향을 줍니다.',
    ),
  ),
  singleValue(
    'minsamples',
    'source',
    arg('samples', COUNT, 'Number of samples.', '샘플 수입니다.'),
    localized(
      'Default minimum number of samples kept per source (overridable per source). Default 6; useful range 4–64. More samples reduce noise but slow the response to changes.',
      '소스마다 보관할 최소 샘플 수의 기본값입니다(소스별로 바꿀 수 있음). 기본값은 6이고 쓸모 있는 범위는 4~64입니다. 많을수록 잡음은 줄지만 변화에 늦게 반응합니다.',
    ),
  ),
  singleValue(
    'maxsamples',
    'source',
    arg('samples', COUNT, 'Number of samples; 0 means no limit.', '샘플 수입니다. 0이면 제한이 없습니다.'),
    localized(
      'Default maximum number of samples kept per source (overridable per source). Default 0 (no limit); useful range 4–64. `1` disables frequency tracking so sources are usable after one sample, e.g. with `chronyd -q`.',
      '소스마다 보관할 최대 샘플 수의 기본값입니다(소스별로 바꿀 수 있음). 기본값 0은 제한 없음이고 쓸모 있는 범위는 4~64입니다. `1`이면 주파수 추적을 끄고 샘플 하나로 소스를 바로 쓰게 해 `chronyd -q` 등에 유용합니다.',
    ),
  ),
  singleValue(
    'refresh',
    'source',
    arg('interval', WHOLE_SECONDS, 'Seconds between refreshes; 0 disables them.', '갱신 간격(초)이며, 0이면 끕니다.'),
    localized(
      'Minimum interval in seconds between re-resolving the names of NTP sources; a source whose name no longer points to its address is replaced even while it still answers. Default 1209600 (2 weeks); 0 disables it.',
      'NTP 소스 이름을 다시 조회하는 최소 간격(초)입니다. 이름이 더 이상 현재 주소를 가리키지 않으면 그 소스가 응답하더라도 교체합니다. 기본값은 1209600(2주)이고 0이면 끕니다.',
    ),
    { since: '4.4' },
  ),
];
