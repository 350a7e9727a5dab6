// Mocha's spec output plus one machine-readable line that scripts/test.sh adds up across tiers.
'use strict';
const Mocha = require('mocha');
const { Spec } = Mocha.reporters;
const { EVENT_RUN_END } = Mocha.Runner.constants;

class SummaryReporter extends Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const { passes, failures, pending } = runner.stats;
      console.log(`MOCHA-RESULT passed=${passes} failed=${failures} skipped=${pending}`);
    });
  }
}

module.exports = SummaryReporter;
