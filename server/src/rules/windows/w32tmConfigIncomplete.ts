import { localized, type Localized } from '../../core/localized';
import { particle } from '../../core/koreanParticles';
import { code, insertFix, w32timeRule, type ScriptRuleMetaInput } from '../scriptRule';
import type { ParsedW32time, W32tmCommand } from '../../formats/script/types';
import { findingFor, type Finding } from '../../core/finding';
import { lastApplyLine, writesOf } from './w32timeFacts';

const meta: ScriptRuleMetaInput = {
  code: 'w32tm-config-incomplete',
  severity: 'warning',
  fixable: true,
  description: localized(
    '`w32tm /config` with a peer list but no `/syncfromflags:manual`, or without `/update` and no later service restart.',
    '피어 목록은 있지만 `/syncfromflags:manual`이 없거나, `/update`도 이후의 서비스 재시작도 없는 `w32tm /config`.',
  ),
  docs: { fix: 'append `/syncfromflags:manual` and/or `/update`' },
};

const CHANGES = new Set(['manualpeerlist', 'syncfromflags', 'reliable', 'localclockdispersion', 'largephaseoffset']);

function syncsFromManualPeers(command: W32tmCommand): boolean {
  const flags = command.switches.find((s) => s.name === 'syncfromflags')?.value?.token.text ?? '';
  return flags.split(',').some((f) => /^(manual|all)$/i.test(f.trim()));
}

/** Whether anything in the file makes the service use the manual peer list (`Type` NTP or AllSync). */
function fileUsesManualPeers(script: ParsedW32time): boolean {
  const byCommand = script.commands.some((c) => c.verb?.name === 'config' && syncsFromManualPeers(c));
  const byRegistry = writesOf(script, 'Parameters', 'Type').some((w) => /^(ntp|allsync)$/i.test(w.data?.text ?? ''));
  return byCommand || byRegistry;
}

/** What the whole file does, computed once so the check stays linear. */
interface FileFacts {
  readonly lastApply: number;
  readonly usesManualPeers: boolean;
}

function headline(missingSync: boolean, missingUpdate: boolean, added: string): Localized {
  const add = localized(`Add ${code(added)}.`, `${code(added)}${particle(added, '을')} 추가하세요.`);
  if (missingSync && missingUpdate)
    return localized(`The peer list is neither used nor applied. ${add.en}`, `피어 목록이 쓰이지도, 적용되지도 않습니다. ${add.ko}`);
  if (missingSync)
    return localized(
      `The peer list is not used without ${code('/syncfromflags:manual')}. ${add.en}`,
      `${code('/syncfromflags:manual')}이 없어 피어 목록이 쓰이지 않습니다. ${add.ko}`,
    );
  return localized(
    `The running service keeps its old settings without ${code('/update')}. ${add.en}`,
    `${code('/update')}가 없어 실행 중인 서비스가 이전 구성을 계속 씁니다. ${add.ko}`,
  );
}

function check(facts: FileFacts, command: W32tmCommand): Finding | undefined {
  if (command.verb?.name !== 'config' || !command.switches.some((s) => CHANGES.has(s.name))) return undefined;
  const remote = command.switches.some((s) => s.name === 'computer');
  const missingUpdate = !command.switches.some((s) => s.name === 'update') && (remote || facts.lastApply <= command.line);
  const missingSync = command.switches.some((s) => s.name === 'manualpeerlist') && !syncsFromManualPeers(command) && !facts.usesManualPeers;
  if (!missingUpdate && !missingSync) return undefined;
  const en: string[] = [];
  const ko: string[] = [];
  const added: string[] = [];
  if (missingSync) {
    en.push(
      `Without ${code('/syncfromflags:manual')} the peer list is stored but not used: a domain member keeps synchronizing from the domain hierarchy (Type NT5DS).`,
    );
    ko.push(
      `${code('/syncfromflags:manual')}이 없으면 피어 목록은 저장만 되고 쓰이지 않습니다. 도메인 구성원은 계속 도메인 계층(Type NT5DS)에서 동기화합니다.`,
    );
    added.push('/syncfromflags:manual');
  }
  if (missingUpdate) {
    en.push(
      `Without ${code('/update')}${remote ? '' : ' (and with no restart of the service later in this file)'} the running service keeps its old configuration.`,
    );
    ko.push(
      `${code('/update')}가 없으면${remote ? '' : '(그리고 이 파일 뒤쪽에서 서비스를 다시 시작하지 않으면)'} 실행 중인 서비스가 이전 구성을 계속 씁니다.`,
    );
    added.push('/update');
  }
  const text = added.map((a) => ` ${a}`).join('');
  const sameLine = command.end.line === command.program.line;
  return findingFor(
    meta,
    {
      start: { line: command.program.line, character: command.program.start },
      end: sameLine ? command.end : { line: command.program.line, character: command.program.end },
    },
    headline(missingSync, missingUpdate, text.trim()),
    {
      detail: localized(`${en.join(' ')} Add ${code(text.trim())}.`, `${ko.join(' ')} ${code(text.trim())}를 추가하세요.`),
      fixes: [insertFix(localized(`Add ${text.trim()}`, `${text.trim()} 추가`), command.end, text)],
    },
  );
}

/** `w32tm /config` that changes settings the service will not use: no `/syncfromflags:manual`, or never applied. */
export const w32tmConfigIncomplete = w32timeRule(meta, (script) => {
  const facts = { lastApply: lastApplyLine(script), usesManualPeers: fileUsesManualPeers(script) };
  return script.commands.flatMap((command) => check(facts, command) ?? []);
});
