/**
 * `npm run check:content`: checks every content file's front matter against
 * the content model, with the same messages as the build, without building.
 */

import {loadContentFiles} from '../src/plugins/content-model/load';

async function main(): Promise<void> {
  const {entries, problems} = await loadContentFiles(process.cwd());
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    console.error(
      `\n${problems.length} ${problems.length === 1 ? 'virhe' : 'virhettä'}; ${entries.length} tiedostoa kunnossa.`,
    );
    process.exitCode = 1;
    return;
  }
  console.log(`Kaikki ${entries.length} sisältötiedostoa ovat kunnossa.`);
}

void main();
