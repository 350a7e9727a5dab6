import { localized } from '../../../../core/localized';
import type { DirectiveSpec } from '../types';
import { chronyDirective } from './common';
import { particle } from '../../../../core/koreanParticles';

function removedDirective(name: string, en: string, ko: string): DirectiveSpec {
  return chronyDirective({
    name,
    category: 'misc',
    anchor: '',
    doc: localized(en, ko),
    obsolete: localized(
      `\`${name}\` is no longer supported: chronyd logs a warning and ignores the line. Delete it.`,
      `\`${name}\`${particle(name, '은')} 더 이상 지원되지 않습니다. chronyd는 경고를 남기고 이 줄을 무시합니다. 삭제하세요.`,
    ),
  });
}

export const CHRONY_OBSOLETE_DIRECTIVES: readonly DirectiveSpec[] = [
  removedDirective(
    'commandkey',
    'Removed in chrony 2.2: named the key that authenticated chronyc commands. chronyc now uses the local Unix socket for privileged commands.',
    'chrony 2.2에서 제거됨: chronyc 명령을 인증하던 키를 지정했습니다. 이제 chronyc는 권한이 필요한 명령에 로컬 유닉스 소켓을 씁니다.',
  ),
  removedDirective(
    'generatecommandkey',
    'Removed in chrony 2.2: generated a random command key at start.',
    'chrony 2.2에서 제거됨: 시작할 때 임의의 명령 키를 만들었습니다.',
  ),
  removedDirective(
    'linux_freq_scale',
    'Removed in chrony 1.30: set the scale factor that compensated the frequency bias of old Linux kernels; the control loop now corrects that error itself.',
    'chrony 1.30에서 제거됨: 오래된 리눅스 커널의 주파수 편향을 보정하는 배율을 지정했습니다. 이제는 제어 루프가 그 오차를 스스로 고칩니다.',
  ),
  removedDirective(
    'linux_hz',
    'Removed in chrony 1.30: overrode the value of the Linux kernel USER_HZ constant used by the clock driver.',
    'chrony 1.30에서 제거됨: 시계 드라이버가 쓰는 리눅스 커널 USER_HZ 상수 값을 덮어썼습니다.',
  ),
  chronyDirective({
    name: 'dumponexit',
    category: 'misc',
    anchor: '',
    doc: localized(
      'Obsolete since chrony 3.2: measurement histories are saved on exit whenever `dumpdir` is set. chronyd accepts the line silently and does nothing with it.',
      'chrony 3.2부터 쓰지 않음: `dumpdir`가 있으면 종료할 때 항상 측정 기록을 저장합니다. chronyd는 이 줄을 조용히 받아들이고 아무 일도 하지 않습니다.',
    ),
    obsoleteHarmless: true,
    obsolete: localized(
      '`dumponexit` has no effect: histories are saved on exit whenever `dumpdir` is set. Delete the line.',
      '`dumponexit`는 아무 효과가 없습니다. `dumpdir`가 있으면 종료할 때 항상 기록을 저장합니다. 이 줄을 삭제하세요.',
    ),
  }),
];
