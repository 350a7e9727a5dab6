import * as path from 'node:path';

/**
 * Directive and option names checked against the real binaries (shared/reference/lists, copied into the
 * repository so the tests need nothing outside it). Tests run compiled from out/test/.
 */
export const REFERENCE_LISTS_DIR = path.resolve(__dirname, '../../../test/fixtures/reference/lists');
