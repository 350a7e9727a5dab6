import { localized } from '../../../../core/localized';
import type { DirectiveSpec } from '../types';
import { arg, NON_NEGATIVE_SECONDS, PATH, singleValue, switchDirective } from './common';

export const CHRONY_RTC_DIRECTIVES: readonly DirectiveSpec[] = [
  singleValue(
    'hwclockfile',
    'file',
    arg('file', PATH, 'Path of the adjtime file.', 'adjtime 파일 경로입니다.'),
    localized(
      'Location of the adjtime file of the Linux `hwclock` program, from which chronyd learns whether the RTC keeps local time or UTC. Overrides `rtconutc`. Usually `/etc/adjtime`.',
      '리눅스 `hwclock` 프로그램의 adjtime 파일 위치로, chronyd는 여기서 RTC가 지역 시각인지 UTC인지 알아냅니다. `rtconutc`보다 우선하며, 보통 `/etc/adjtime`입니다.',
    ),
  ),
  singleValue(
    'rtcautotrim',
    'clock',
    arg('threshold', NON_NEGATIVE_SECONDS, 'Error in seconds that triggers a trim.', '조정을 일으키는 오차(초)입니다.'),
    localized(
      'With `rtcfile`, trims the RTC automatically (like `chronyc trimrtc`) whenever the system clock is synchronised and the RTC is off by more than this many seconds; about 1 s is the smallest useful value. Example: `rtcautotrim 30`.',
      '`rtcfile`과 함께 쓰며, 시스템 시계가 동기화되어 있고 RTC 오차가 이 값(초)을 넘으면 RTC를 자동으로 맞춥니다(`chronyc trimrtc`와 같음). 약 1초가 쓸모 있는 최솟값입니다. 예: `rtcautotrim 30`.',
    ),
  ),
  singleValue(
    'rtcdevice',
    'clock',
    arg('device', PATH, 'RTC device path.', 'RTC 장치 경로입니다.'),
    localized('Device file used to access the RTC. Default `/dev/rtc`.', 'RTC에 접근할 장치 파일입니다. 기본값은 `/dev/rtc`입니다.'),
  ),
  singleValue(
    'rtcfile',
    'file',
    arg('file', PATH, 'Where the RTC tracking data is kept.', 'RTC 추적 데이터를 저장할 파일입니다.'),
    localized(
      'File in which chronyd keeps its measurements of the RTC error and drift (Linux only), saved on exit and by `chronyc writertc`. Cannot be combined with `rtcsync`. Example: `rtcfile /var/lib/chrony/rtc`.',
      'chronyd가 RTC의 오차와 드리프트 측정값을 보관하는 파일입니다(리눅스 전용). 종료할 때와 `chronyc writertc` 때 저장합니다. `rtcsync`와 함께 쓸 수 없습니다. 예: `rtcfile /var/lib/chrony/rtc`.',
    ),
  ),
  switchDirective(
    'rtconutc',
    'clock',
    localized(
      'Declares that the RTC keeps UTC rather than local time (like `hwclock -u`). Overridden by `hwclockfile` and irrelevant with `rtcsync`.',
      'RTC가 지역 시각이 아니라 UTC를 유지한다고 알립니다(`hwclock -u`와 같음). `hwclockfile`이 있으면 무시되고 `rtcsync`와는 관계가 없습니다.',
    ),
  ),
  switchDirective(
    'rtcsync',
    'clock',
    localized(
      'Lets the kernel copy the system time to the RTC periodically (every 11 minutes on Linux; hourly by chronyd on macOS) instead of tracking the RTC drift. The simplest RTC setup; cannot be combined with `rtcfile`.',
      '커널이 시스템 시각을 주기적으로 RTC에 복사하게 합니다(리눅스는 11분마다, macOS는 chronyd가 1시간마다). RTC 드리프트를 추적하는 대신 쓰는 가장 간단한 설정이며, `rtcfile`과 함께 쓸 수 없습니다.',
    ),
  ),
];
