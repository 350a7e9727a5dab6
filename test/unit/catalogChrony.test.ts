import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { catalogFor, findOption, lookupDirective } from '../../server/src/formats/ntpconf/catalog';
import type { DirectiveSpec, ValueType } from '../../server/src/formats/ntpconf/catalog/types';
import { versionAtLeast } from '../../server/src/core/dialect';
import { REFERENCE_LISTS_DIR } from '../support/referenceLists';

const HANGUL = /[\uAC00-\uD7A3]/;

const listsDirectory = (): string => REFERENCE_LISTS_DIR;

function readList(name: string): string[] {
  return fs
    .readFileSync(path.join(listsDirectory(), name), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

function directive(name: string): DirectiveSpec {
  const spec = lookupDirective('chrony', name);
  assert.ok(spec, `chrony directive ${name} is missing`);
  return spec;
}

function enumValues(type: ValueType | undefined): readonly string[] {
  assert.ok(type !== undefined && type.kind === 'enum', 'expected an enum');
  return type.values;
}

const chronyDirectives = (): DirectiveSpec[] => [...catalogFor('chrony').directives.values()];

describe('chrony catalog', () => {
  it('has every directive of chrony.conf(5) 4.3', () => {
    const names = readList('chrony-directives.txt');
    assert.equal(names.length, 85);
    for (const name of names) {
      const spec = directive(name);
      assert.ok(spec.since === undefined || versionAtLeast('4.3', spec.since), `${name} is in 4.3 but marked since ${spec.since}`);
      assert.equal(spec.obsolete, undefined, `${name} is current, not obsolete`);
    }
  });

  it('finds directives case-insensitively', () => {
    assert.equal(lookupDirective('chrony', 'SERVER')?.name, 'server');
    assert.equal(lookupDirective('chrony', 'MakeStep')?.name, 'makestep');
  });

  it('marks the obsolete directives that chronyd still accepts', () => {
    for (const name of readList('chrony-directives-obsolete.txt')) {
      const spec = directive(name);
      assert.ok(spec.obsolete && spec.obsolete.en !== '' && HANGUL.test(spec.obsolete.ko), `${name} needs an obsolete message`);
    }
  });

  it('gates directives added after 4.3 by version', () => {
    const expected: Record<string, string> = {
      ptpport: '4.2',
      refresh: '4.4',
      hwtstimeout: '4.4',
      leapseclist: '4.6',
      ptpdomain: '4.6',
      opencommands: '4.7',
      ntsaeads: '4.7',
    };
    for (const [name, since] of Object.entries(expected)) assert.equal(directive(name).since, since, name);
  });

  it('has every server option on server, pool and peer', () => {
    const options = readList('chrony-server-options.txt');
    assert.equal(options.length, 33);
    for (const directiveName of ['server', 'pool', 'peer']) {
      for (const option of options) assert.ok(findOption(directive(directiveName), option, 'chrony'), `${directiveName} ${option}`);
    }
    const since = (name: string) => findOption(directive('server'), name, 'chrony')?.since;
    assert.deepEqual(['certset', 'copy', 'extfield', 'maxdelayquant', 'ipv4', 'ipv6', 'maxunreach'].map(since), [
      '4.1',
      '4.1',
      '4.2',
      '4.3',
      '4.6',
      '4.6',
      '4.8',
    ]);
  });

  const optionLists: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['chrony-refclock-options.txt', ['refclock']],
    ['chrony-local-options.txt', ['local']],
    ['chrony-ratelimit-options.txt', ['ratelimit', 'ntsratelimit', 'cmdratelimit']],
    ['chrony-log-options.txt', ['log']],
    ['chrony-hwtimestamp-options.txt', ['hwtimestamp']],
  ];
  for (const [list, directiveNames] of optionLists) {
    it(`has every option of ${list}`, () => {
      const options = readList(list);
      assert.ok(options.length > 0);
      for (const directiveName of directiveNames) {
        for (const option of options) assert.ok(findOption(directive(directiveName), option, 'chrony'), `${directiveName} ${option}`);
      }
    });
  }

  it('has every enumerated value', () => {
    const argumentType = (name: string, index: number) => directive(name).args[index]?.type;
    for (const value of readList('chrony-leapsecmode-values.txt')) assert.ok(enumValues(argumentType('leapsecmode', 0)).includes(value), value);
    for (const value of readList('chrony-authselectmode-values.txt')) assert.ok(enumValues(argumentType('authselectmode', 0)).includes(value), value);
    for (const driver of readList('chrony-refclock-drivers.txt')) assert.ok(enumValues(argumentType('refclock', 0)).includes(driver), driver);
    const rxfilter = findOption(directive('hwtimestamp'), 'rxfilter', 'chrony')?.value;
    assert.deepEqual([...enumValues(rxfilter)].sort(), ['all', 'none', 'ntp', 'ptp']);
  });

  it('describes every directive and option in English and Korean', () => {
    for (const spec of chronyDirectives()) {
      assert.ok(spec.doc.en.trim().length > 20, `${spec.name}: English doc`);
      assert.ok(HANGUL.test(spec.doc.ko), `${spec.name}: Korean doc`);
      assert.ok(spec.docUrl.startsWith('https://chrony-project.org/doc/'), `${spec.name}: docUrl`);
      for (const option of spec.options ?? []) {
        assert.ok(option.doc.en.trim() !== '', `${spec.name} ${option.name}: English doc`);
        assert.ok(HANGUL.test(option.doc.ko), `${spec.name} ${option.name}: Korean doc`);
      }
      for (const argument of spec.args) {
        if (argument.doc !== undefined) assert.ok(HANGUL.test(argument.doc.ko), `${spec.name} ${argument.name}: Korean doc`);
      }
    }
  });

  it('links 4.3 directives to the 4.3 manual by their anchor', () => {
    assert.equal(directive('makestep').docUrl, 'https://chrony-project.org/doc/4.3/chrony.conf.html#makestep');
    assert.equal(directive('ntsdumpdir').docUrl, 'https://chrony-project.org/doc/4.3/chrony.conf.html#ntsdumpdir1');
    assert.equal(directive('leapseclist').docUrl, 'https://chrony-project.org/doc/4.6/chrony.conf.html#leapseclist');
  });

  it('keeps positional arguments consistent: optional and repeating ones come last', () => {
    for (const spec of chronyDirectives()) {
      const firstOptional = spec.args.findIndex((argument) => argument.optional === true);
      if (firstOptional >= 0)
        assert.ok(
          spec.args.slice(firstOptional).every((argument) => argument.optional),
          `${spec.name}: required after optional`,
        );
      spec.args.forEach((argument, index) => assert.ok(!argument.repeat || index === spec.args.length - 1, `${spec.name}: repeat not last`));
      const names = (spec.options ?? []).map((option) => option.name);
      assert.equal(new Set(names).size, names.length, `${spec.name}: duplicate option`);
    }
  });
});
