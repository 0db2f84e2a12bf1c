/**
 * `npm run check`: checks every content file (front matter, links, images,
 * headings, empty sections, unfinished marks) and spell-checks the Finnish
 * text. Errors make it exit with 1; drafts and spelling only report.
 *
 * `npm run check -- --no-spelling` leaves the spelling out; `npm test` runs
 * it so, since the word list grows with the content and an unknown word is
 * never a reason to stop a build.
 */

import {checkSite, formatFinding} from './lib/check';

async function main(): Promise<void> {
  const spelling = !process.argv.includes('--no-spelling');
  const {files, errors, notices, spelling: words} = await checkSite(process.cwd(), {spelling});

  if (errors.length > 0) {
    console.error(
      `Virheet (${errors.length}): korjaa nämä, niin sivusto rakentuu ja sivut toimivat.`,
    );
    errors.forEach((finding) => console.error(`  - ${formatFinding(finding)}`));
    console.error('');
  }
  if (notices.length > 0) {
    console.log(`Huomautukset (${notices.length}):`);
    notices.forEach((finding) => console.log(`  - ${formatFinding(finding)}`));
    console.log('');
  }
  if (words.length > 0) {
    console.log(
      `Oikoluku (${words.length}): sanakirja ei tunne näitä sanoja. Tämä ei estä julkaisua.`,
    );
    words.forEach((finding) => console.log(`  - ${formatFinding(finding)}`));
    console.log('');
  }
  const summary = [
    `${files} tiedostoa tarkistettu`,
    `${errors.length} ${errors.length === 1 ? 'virhe' : 'virhettä'}`,
    `${notices.length} ${notices.length === 1 ? 'huomautus' : 'huomautusta'}`,
    ...(spelling ? [`${words.length} tuntematonta sanaa`] : ['oikoluku ohitettu']),
  ].join(', ');
  if (errors.length > 0) {
    console.error(`${summary}.`);
    process.exitCode = 1;
  } else {
    console.log(`${summary}. Sisältö on kunnossa.`);
  }
}

void main();
