/**
 * `npm run check:content`: checks every content file's front matter against
 * the content model, with the same messages as the build, without building.
 */

import {loadContentFiles} from '../src/plugins/content-model/load';

const {entries, problems} = await loadContentFiles(process.cwd());
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(
    `\n${problems.length} ${problems.length === 1 ? 'virhe' : 'virhettä'}; ${entries.length} tiedostoa kunnossa.`,
  );
  process.exit(1);
}
console.log(`Kaikki ${entries.length} sisältötiedostoa ovat kunnossa.`);
