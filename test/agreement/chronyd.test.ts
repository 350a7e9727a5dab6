import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { SYNTAX_CODES } from '../../server/src/rules/syntax/syntax';
import { validateText } from '../../server/src/engine/validate';
import { chronydParse, chronydPath, chronydVersion, mutants, readExamples, Scratch, switchOnCommentedDirectives } from './chronyd';

// chronyd -p judges syntax only; semantic rules (e.g. rtcsync with rtcfile, fatal at start-up) are outside its view.
const SYNTAX = new Set<string>(SYNTAX_CODES);
const errorLines = (text: string) =>
  validateText(text, 'chrony', DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity === 1 && SYNTAX.has(f.code))
    .map((f) => f.range.start.line + 1);

describe('agreement with chronyd -p (chrony is the judge)', function () {
  this.timeout(120000);
  const chronyd = chronydPath();
  const scratch = new Scratch();
  after(() => scratch.dispose());

  const examples = readExamples();
  const example3 = examples.find((e) => e.name === 'chrony.conf.example3');
  const switchedOn = example3
    ? { name: 'chrony.conf.example3 (directives switched on)', text: switchOnCommentedDirectives(example3.text, chronyd, scratch) }
    : undefined;
  const corpus = switchedOn ? [...examples, switchedOn] : examples;

  it(`runs against ${chronydVersion(chronyd)} with the shipped examples`, () => {
    assert.deepEqual(
      examples.map((e) => e.name),
      ['chrony.conf.example1', 'chrony.conf.example2', 'chrony.conf.example3'],
    );
  });

  for (const example of corpus) {
    it(`${example.name}: chronyd accepts it and we report no error`, () => {
      assert.deepEqual(chronydParse(chronyd, scratch.write(example.text)), { accepted: true });
      assert.deepEqual(errorLines(example.text), []);
    });
  }

  it('every mutant chronyd rejects gets an error from us on the line chronyd names', () => {
    const disagreements: string[] = [];
    let rejected = 0;
    let accepted = 0;
    const extraErrors: string[] = [];
    for (const base of corpus) {
      for (const mutant of mutants(base.text)) {
        const verdict = chronydParse(chronyd, scratch.write(mutant.text));
        const ours = errorLines(mutant.text);
        if (verdict.accepted) {
          accepted++;
          if (ours.length > 0) extraErrors.push(`${base.name} ${mutant.description}: we report errors on ${JSON.stringify(ours)}`);
          continue;
        }
        rejected++;
        if (verdict.line === undefined || !ours.includes(verdict.line)) {
          disagreements.push(
            `${base.name} ${mutant.description} → chronyd: "${verdict.message}" at line ${verdict.line}; we: errors on ${JSON.stringify(ours)}`,
          );
        }
      }
    }
    console.log(
      `      chronyd rejected ${rejected} mutants, accepted ${accepted}; we agree on ${rejected - disagreements.length}/${rejected} rejections (${((100 * (rejected - disagreements.length)) / Math.max(rejected, 1)).toFixed(1)} %); we report a syntax error on ${extraErrors.length} mutants chronyd accepts`,
    );
    assert.ok(rejected > 100, `too few rejected mutants (${rejected}) to mean anything`);
    assert.deepEqual(disagreements, []);
    // The daemon is right both ways: no refusal of what chronyd runs.
    assert.deepEqual(extraErrors, []);
  });
});
