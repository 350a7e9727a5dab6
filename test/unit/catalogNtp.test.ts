import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findOption, lookupDirective } from '../../server/src/formats/ntpconf/catalog';
import { CHRONY_DIRECTIVES } from '../../server/src/formats/ntpconf/catalog/chrony';
import { NTP_DIRECTIVES, NTP_VALUE_DIALECTS, REFCLOCK_DRIVERS } from '../../server/src/formats/ntpconf/catalog/ntp';
import type { DirectiveSpec, ValueType } from '../../server/src/formats/ntpconf/catalog/types';
import type { Localized } from '../../server/src/core/localized';
import { REFERENCE_LISTS_DIR } from '../support/referenceLists';

const listsDir = (): string => REFERENCE_LISTS_DIR;

/** Names in a list file, grouped by the `# limit:`-style comment lines that start a section ('' before any section). */
function readList(file: string): Map<string, string[]> {
  const sections = new Map<string, string[]>([['', []]]);
  let current = '';
  for (const raw of fs.readFileSync(path.join(listsDir(), file), 'utf8').split('\n')) {
    const header = /^#\s*(limit|reset|rlimit|type values|match):/i.exec(raw.trim());
    if (header) {
      current = (header[1] ?? '').toLowerCase();
      sections.set(current, []);
      continue;
    }
    const name = raw.replace(/#.*$/, '').trim().split(/\s+/)[0] ?? '';
    if (name !== '') sections.get(current)?.push(name);
  }
  return sections;
}

function names(file: string, section = ''): string[] {
  return readList(file).get(section) ?? [];
}

function directive(name: string, dialect: 'ntpd' | 'ntpsec' | 'xntpd'): DirectiveSpec {
  const spec = lookupDirective(dialect, name);
  assert.ok(spec, `${name} should exist for ${dialect}`);
  return spec;
}

function enumValues(type: ValueType | undefined): readonly string[] {
  return type?.kind === 'enum' ? type.values : [];
}

const HANGUL = /[\uac00-\ud7a3]/;

function checkLocalized(text: Localized | undefined, where: string): void {
  assert.ok(text, `${where}: missing doc`);
  assert.ok(text.en.trim().length > 0, `${where}: empty English doc`);
  assert.ok(HANGUL.test(text.ko), `${where}: Korean doc has no Hangul`);
}

describe('ntp-family catalog', () => {
  it('names only ntp-family dialects, so a chrony lint never needs to load it (and the reverse)', () => {
    assert.deepEqual(
      NTP_DIRECTIVES.filter((spec) => spec.dialects.includes('chrony')).map((spec) => spec.name),
      [],
    );
    assert.deepEqual(
      CHRONY_DIRECTIVES.filter((spec) => spec.dialects.some((dialect) => dialect !== 'chrony')).map((spec) => spec.name),
      [],
    );
  });

  it('has exactly one entry per directive name', () => {
    const seen = new Set<string>();
    for (const spec of NTP_DIRECTIVES) {
      assert.ok(!seen.has(spec.name), `duplicate ${spec.name}`);
      seen.add(spec.name);
      assert.ok(spec.dialects.length > 0 && spec.dialects.every((d) => d === 'ntpd' || d === 'ntpsec' || d === 'xntpd'), `${spec.name}: bad dialects`);
    }
  });

  it('knows every NTPsec 1.2.2 directive', () => {
    const list = names('ntpsec-directives.txt');
    assert.ok(list.length >= 40);
    for (const name of list) directive(name, 'ntpsec');
  });

  it('rejects for NTPsec the classic directives NTPsec rejects, but knows them for ntpd', () => {
    const list = names('ntpsec-rejected-classic-directives.txt');
    assert.ok(list.length > 10);
    for (const name of list) {
      assert.equal(lookupDirective('ntpsec', name), undefined, `${name} must not be an NTPsec directive`);
      directive(name, 'ntpd');
    }
  });

  it('has every NTPsec server option on server, pool and peer', () => {
    for (const name of names('ntpsec-server-options.txt')) {
      for (const d of ['server', 'pool', 'peer']) assert.ok(findOption(directive(d, 'ntpsec'), name, 'ntpsec'), `${d} ${name}`);
    }
  });

  it('rejects for NTPsec the server options its parser rejects', () => {
    const server = directive('server', 'ntpsec');
    for (const name of ['ttl', 'preempt', 'xleave', 'autokey', 'ident', 'xmtnonce']) assert.equal(findOption(server, name, 'ntpsec'), undefined, name);
  });

  it('has every NTPsec restrict flag on restrict and unrestrict', () => {
    for (const name of names('ntpsec-restrict-flags.txt')) {
      assert.ok(findOption(directive('restrict', 'ntpsec'), name, 'ntpsec'), `restrict ${name}`);
      assert.ok(findOption(directive('unrestrict', 'ntpsec'), name, 'ntpsec'), `unrestrict ${name}`);
    }
    for (const name of ['lowpriotrap', 'noepeer', 'serverresponse', 'ippeerlimit']) {
      assert.equal(findOption(directive('restrict', 'ntpsec'), name, 'ntpsec'), undefined, name);
      assert.ok(findOption(directive('restrict', 'ntpd'), name, 'ntpd'), name);
    }
  });

  it('has the NTPsec tos, tinker, mru, nts, filegen, fudge and refclock options', () => {
    const cases: ReadonlyArray<readonly [string, string[]]> = [
      ['tos', names('ntpsec-tos-options.txt')],
      ['tinker', names('ntpsec-tinker-options.txt')],
      ['mru', names('ntpsec-mru-options.txt')],
      ['nts', names('ntpsec-nts-options.txt')],
      ['filegen', names('ntpsec-filegen-options.txt')],
      ['fudge', names('ntpsec-fudge-options.txt')],
      ['refclock', names('ntpsec-refclock-options.txt')],
      ['limit', names('ntpsec-limit-reset-rlimit-options.txt', 'limit')],
      ['rlimit', names('ntpsec-limit-reset-rlimit-options.txt', 'rlimit')],
    ];
    for (const [d, list] of cases) {
      assert.ok(list.length > 0, `${d}: empty reference list`);
      for (const name of list) assert.ok(findOption(directive(d, 'ntpsec'), name, 'ntpsec'), `${d} ${name}`);
    }
    for (const name of ['cohort', 'beacon', 'bcpollbstep', 'basedate']) assert.equal(findOption(directive('tos', 'ntpsec'), name, 'ntpsec'), undefined, name);
  });

  it('lists the NTPsec enum values (filegen types, reset groups, statistics, interface, drivers)', () => {
    const filegenType = findOption(directive('filegen', 'ntpsec'), 'type', 'ntpsec')?.value;
    for (const value of names('ntpsec-filegen-options.txt', 'type values')) assert.ok(enumValues(filegenType).includes(value), `filegen type ${value}`);
    const reset = directive('reset', 'ntpsec').args[0]?.type;
    for (const value of names('ntpsec-limit-reset-rlimit-options.txt', 'reset')) assert.ok(enumValues(reset).includes(value), `reset ${value}`);
    const statistics = directive('statistics', 'ntpsec').args[0]?.type;
    for (const value of names('ntpsec-statistics-names.txt')) {
      assert.ok(enumValues(statistics).includes(value), `statistics ${value}`);
      assert.ok(NTP_VALUE_DIALECTS.statistics?.[value]?.includes('ntpsec'), `statistics ${value} is NTPsec`);
    }
    for (const value of ['cryptostats', 'timingstats']) assert.ok(!NTP_VALUE_DIALECTS.statistics?.[value]?.includes('ntpsec'), value);
    const action = directive('interface', 'ntpsec').args[0]?.type;
    for (const value of names('ntpsec-interface-keywords.txt')) assert.ok(enumValues(action).includes(value), `interface ${value}`);
    const drivers = fs
      .readFileSync(path.join(listsDir(), 'ntpsec-refclock-drivers.txt'), 'utf8')
      .split('\n')
      .filter((line) => /^\d+\t/.test(line))
      .map((line) => line.split('\t')[1] ?? '');
    for (const name of drivers) assert.ok(REFCLOCK_DRIVERS.includes(name), `driver ${name}`);
  });

  it('records which enable/disable flags each daemon accepts', () => {
    const values = enumValues(directive('enable', 'ntpsec').args[0]?.type);
    for (const value of names('ntpsec-enable-flags.txt')) assert.ok(values.includes(value), `enable ${value}`);
    const flags = NTP_VALUE_DIALECTS.enable ?? {};
    for (const value of ['calibrate', 'kernel', 'monitor', 'ntp', 'stats']) assert.ok(flags[value]?.includes('ntpsec'), value);
    for (const value of ['auth', 'bclient', 'mode7', 'pll', 'pps']) assert.ok(!flags[value]?.includes('ntpsec'), value);
    for (const value of ['auth', 'bclient', 'monitor', 'pll', 'pps', 'stats']) assert.ok(flags[value]?.includes('xntpd'), value);
  });

  it('models xntpd 3: no pool, no iburst/burst, no tos/tinker, version up to 3 noted', () => {
    assert.equal(lookupDirective('xntpd', 'pool'), undefined);
    for (const name of ['tos', 'tinker', 'includefile', 'interface']) assert.equal(lookupDirective('xntpd', name), undefined, name);
    const server = directive('server', 'xntpd');
    for (const name of ['iburst', 'burst', '-4', '-6']) assert.equal(findOption(server, name, 'xntpd'), undefined, name);
    for (const name of ['key', 'version', 'prefer', 'mode', 'minpoll', 'maxpoll', 'ttl']) assert.ok(findOption(server, name, 'xntpd'), name);
    assert.equal(findOption(directive('restrict', 'xntpd'), 'kod', 'xntpd'), undefined);
    for (const name of ['authenticate', 'authdelay', 'requestkey', 'controlkey', 'resolver', 'tracefile']) directive(name, 'xntpd');
    assert.ok(findOption(directive('server', 'ntpd'), 'iburst', 'ntpd'));
  });

  it('gives every directive, argument, option and enum value a doc in English and Korean', () => {
    for (const spec of NTP_DIRECTIVES) {
      checkLocalized(spec.doc, spec.name);
      if (spec.obsolete) checkLocalized(spec.obsolete, `${spec.name} (obsolete)`);
      assert.match(spec.docUrl, /^https:\/\//, `${spec.name} docUrl`);
      if (spec.dialects.includes('ntpsec')) assert.ok(spec.docUrl.startsWith('https://docs.ntpsec.org/latest/'), `${spec.name} docUrl`);
      for (const argument of spec.args) {
        checkLocalized(argument.doc, `${spec.name} ${argument.name}`);
        if (argument.type.kind === 'enum') for (const [value, doc] of Object.entries(argument.type.docs ?? {})) checkLocalized(doc, `${spec.name} ${value}`);
      }
      for (const option of spec.options ?? []) {
        checkLocalized(option.doc, `${spec.name} ${option.name}`);
        if (option.value?.kind === 'enum')
          for (const [value, doc] of Object.entries(option.value.docs ?? {})) checkLocalized(doc, `${spec.name} ${option.name} ${value}`);
      }
    }
  });
});
