/**
 * `npx tsx bench/devset/make.ts`: writes bench/devset/queries.json, the
 * development set, from the corpus in bench/devset/pages/ by the rules of
 * rules.ts alone: every candidate that meets a kind's rule, in a seeded
 * shuffle, the first PER_KIND of each kind. No engine is run here, and no
 * query is picked or dropped by hand or by its results.
 */

import {writeFileSync} from 'node:fs';

import {openMorphology} from '../../src/plugins/search/morphology';
import {random} from '../corpus';
import {
  checkQuery,
  CorpusFacts,
  DERIVATION,
  KINDS,
  loadPages,
  queriesFile,
  RULES,
  type DevQuery,
  type Kind,
} from './rules';

const PER_KIND = 18;
const SEED = 20_261_201;

function shuffle<T>(items: T[], seed: number): T[] {
  const rng = random(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const letters = (word: string) => /^\p{L}+$/u.test(word);

function candidates(kind: Kind, facts: CorpusFacts): DevQuery[] {
  const sorted = (map: Map<string, Set<string>>) => [...map.keys()].filter(letters).sort();
  const make = (query: string, expected: Iterable<string>): DevQuery => ({
    kind,
    query,
    expected: [...expected].sort(),
  });
  switch (kind) {
    case 'exact':
      return sorted(facts.formPages)
        .filter((word) => word.length >= 6)
        .map((word) => make(word, facts.formPages.get(word)!));
    case 'inflected':
    case 'derivation':
      return sorted(facts.lemmaPages)
        .filter((lemma) => lemma.length >= 5 && DERIVATION.test(lemma) === (kind === 'derivation'))
        .map((lemma) => make(lemma, facts.lemmaPages.get(lemma)!));
    case 'compound':
      return sorted(facts.partPages)
        .filter((lemma) => lemma.length >= 5)
        .map((lemma) => make(lemma, facts.partPages.get(lemma)!));
    case 'multiword': {
      // Per page, in page order: two or three of its lemmas (in a seeded
      // order) whose pages together are this page and at most one other.
      const found: DevQuery[] = [];
      facts.pages.forEach((page, index) => {
        const lemmas = shuffle(
          [...facts.pageForms.get(page.name)!.keys()]
            .filter((lemma) => letters(lemma) && lemma.length >= 5 && !page.words.has(lemma))
            .sort(),
          SEED + index,
        ).slice(0, 12);
        for (let a = 0; a < lemmas.length; a += 1) {
          for (let b = a + 1; b < lemmas.length; b += 1) {
            const pair = [lemmas[a]!, lemmas[b]!];
            const both = [...facts.lemmaPages.get(pair[0]!)!].filter((name) =>
              facts.lemmaPages.get(pair[1]!)!.has(name),
            );
            found.push(make(pair.join(' '), both));
          }
        }
      });
      return found;
    }
  }
}

function main(): void {
  const voikko = openMorphology({env: {}});
  if (!voikko) throw new Error('Voikko is needed: bash scripts/ensure-voikko.sh');
  const facts = new CorpusFacts(loadPages(), voikko);
  const queries: DevQuery[] = [];
  KINDS.forEach((kind, index) => {
    const valid = candidates(kind, facts).filter((query) => !checkQuery(query, facts));
    // Multiword: at most one query per page, so no page dominates the kind.
    const seen = new Set<string>();
    const picked = shuffle(valid, SEED + 1000 * (index + 1)).filter((query) => {
      if (kind !== 'multiword') return true;
      const key = query.expected.join();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (picked.length < PER_KIND) throw new Error(`${kind}: only ${picked.length} candidates`);
    queries.push(...picked.slice(0, PER_KIND));
  });
  writeFileSync(
    queriesFile,
    `${JSON.stringify(
      {
        about:
          'Search development set over bench/devset/pages (a frozen copy of the guide). Made by bench/devset/make.ts from the rules alone; checked by tests/search-devset.test.ts. A query is found when an expected page is in the top 5.',
        rules: RULES,
        topK: 5,
        queries,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`${queries.length} queries in ${queriesFile}`);
  voikko.close();
}

main();
