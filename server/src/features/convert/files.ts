import { particle } from '../../core/koreanParticles';
import { availableIn, lookupDirective } from '../../formats/ntpconf/catalog';
import { directivesNamed } from '../../formats/ntpconf/model/directiveIndex';
import type { ConfigLine } from '../../formats/ntpconf/parser/types';
import type { ConversionContext } from './context';
import { CHRONY_DRIFTFILE, CHRONY_LOGDIR } from './types';

/** ntpd statistics files and the chrony `log` files that record the same things. */
const LOG_FILES: ReadonlyMap<string, readonly string[]> = new Map([
  ['loopstats', ['tracking']],
  ['peerstats', ['measurements', 'statistics']],
  ['rawstats', ['measurements']],
  ['clockstats', ['refclocks']],
]);

function chronyLogs(names: readonly string[]): string[] {
  return [...new Set(names.flatMap((name) => LOG_FILES.get(name) ?? []))];
}

/** `driftfile`, `logfile`, `statsdir`, `statistics`, `filegen`, `leapfile`. */
export function convertFiles(context: ConversionContext): Map<ConfigLine, readonly string[]> {
  const out = new Map<ConfigLine, readonly string[]>();
  const { config } = context;
  for (const line of directivesNamed(config, 'driftfile')) {
    out.set(line, [`driftfile ${CHRONY_DRIFTFILE}`]);
    context.note(
      line,
      'changed-meaning',
      'information',
      `chrony keeps its drift in its own format and place (${CHRONY_DRIFTFILE}); ntpd's file cannot be reused. The first hours may slew more while chrony measures the drift again.`,
      `chrony는 드리프트를 자체 형식으로 자기 위치(${CHRONY_DRIFTFILE})에 둡니다. ntpd 파일은 다시 쓸 수 없으며, 처음 몇 시간은 드리프트를 다시 재느라 보정이 클 수 있습니다.`,
    );
  }
  for (const line of directivesNamed(config, 'logfile')) {
    out.set(line, []);
    context.note(
      line,
      'changed-meaning',
      'information',
      'chronyd logs to syslog (journalctl -u chronyd); its measurement logs go to `logdir`. To log to a file, start chronyd with `-l FILE`.',
      'chronyd는 syslog(journalctl -u chronyd)에 기록하고, 측정 로그는 `logdir`에 씁니다. 파일에 기록하려면 chronyd를 `-l 파일`로 시작하세요.',
    );
  }
  const statistics = directivesNamed(config, 'statistics');
  const logs = chronyLogs(statistics.flatMap((line) => context.words(line)));
  const statsdirs = directivesNamed(config, 'statsdir');
  for (const line of statsdirs) {
    out.set(line, [`logdir ${CHRONY_LOGDIR}`]);
    context.note(
      line,
      'changed-meaning',
      'information',
      `Statistics go to chrony's log directory ${CHRONY_LOGDIR}.`,
      `통계는 chrony의 로그 디렉터리 ${CHRONY_LOGDIR}에 씁니다.`,
    );
  }
  statistics.forEach((line, index) => {
    const lines = index === 0 && logs.length > 0 ? [...(statsdirs.length === 0 ? [`logdir ${CHRONY_LOGDIR}`] : []), `log ${logs.join(' ')}`] : [];
    out.set(line, lines);
    context.note(
      line,
      'changed-meaning',
      'information',
      'loopstats became `log tracking`, peerstats `log measurements statistics`, rawstats `log measurements`, clockstats `log refclocks`; chrony has no sysstats or protostats. chrony rotates nothing itself: logrotate and `chronyc cyclelogs` do.',
      'loopstats는 `log tracking`, peerstats는 `log measurements statistics`, rawstats는 `log measurements`, clockstats는 `log refclocks`가 되었습니다. sysstats와 protostats는 chrony에 없습니다. 순환은 logrotate와 `chronyc cyclelogs`가 맡습니다.',
    );
  });
  for (const line of directivesNamed(config, 'filegen')) {
    out.set(line, []);
    context.note(
      line,
      'not-needed',
      'information',
      'chrony writes one file per log and does not roll them by day or week: logrotate with `chronyc cyclelogs` does that.',
      'chrony는 로그마다 파일 하나에 쓰고 날짜나 주 단위로 나누지 않습니다. logrotate와 `chronyc cyclelogs`가 그 일을 합니다.',
    );
  }
  const leapseclist = lookupDirective('chrony', 'leapseclist');
  for (const line of directivesNamed(config, 'leapfile')) {
    const file = line.tokens[1]?.text;
    if (file !== undefined && leapseclist !== undefined && availableIn(leapseclist.since, 'chrony', context.options.chronyVersion)) {
      out.set(line, [`leapseclist ${file}`]);
      continue;
    }
    out.set(line, ['leapsectz right/UTC']);
    context.note(
      line,
      'approximated',
      'information',
      `chrony ${context.options.chronyVersion} cannot read a leap-seconds.list (\`leapseclist\` came in chrony ${leapseclist?.since ?? '4.6'}): \`leapsectz right/UTC\` reads the same announcements from the tz database.`,
      `chrony ${context.options.chronyVersion}${particle(context.options.chronyVersion, '은')} leap-seconds.list를 읽지 못합니다(\`leapseclist\`는 chrony ${leapseclist?.since ?? '4.6'}부터). \`leapsectz right/UTC\`가 tz 데이터베이스에서 같은 윤초 정보를 읽습니다.`,
    );
  }
  return out;
}
