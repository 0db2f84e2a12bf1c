/**
 * Builds the sites the browser tests share (the fixture site `opas` and this
 * site under a base path), one after the other. `npm test` starts it in the
 * background at its beginning, so that the builds use the core that the
 * type check, lint and unit tests leave idle; the browser tests then find
 * them made (`buildOnce` in helpers.ts), or wait for the one under way.
 * Not a test file: its name does not end in `.test.ts`.
 */

import {BASE_PATH_BUILD, buildFixture, buildSiteWith} from './helpers';

async function main() {
  await buildFixture('opas');
  await buildSiteWith(BASE_PATH_BUILD);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
