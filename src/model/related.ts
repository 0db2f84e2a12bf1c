/**
 * Related pages, computed from the content model: a practice shows the case
 * notes and chapters that share its themes or actor groups, a case note the
 * practices and chapters, a chapter the practices and case notes. Pure
 * function over plain data, so the build computes it and a test checks it.
 */

/** What the computation needs of a page. */
export interface RelatablePage {
  permalink: string;
  title: string;
  type: 'luku' | 'kaytanto' | 'tapaus';
  themes: readonly string[];
  actors: readonly string[];
}

/** A related page as the page shows it. */
export interface RelatedLink {
  permalink: string;
  title: string;
  type: RelatablePage['type'];
}

/** How many pages of each other type a page lists. */
export const RELATED_PER_TYPE = 3;

/** The Finnish title order, the tie-break of equal scores. */
const collator = new Intl.Collator('fi');

/**
 * For every page, the pages of the other two types that share a theme or an
 * actor group, best first: a shared theme counts twice a shared actor group
 * (themes are the guide's main axis); ties by title.
 *
 * Written to stay linear in the pages of each type: the candidates of a
 * type are put in title order once, and each page keeps only its best few
 * while scanning them, so that 10,000 case notes take a moment, not the
 * sort of every other page for every page.
 */
export function relatedPages(pages: readonly RelatablePage[]): Record<string, RelatedLink[]> {
  const bit = new Map<string, number>();
  // Each theme and actor group is one bit; a shared value is one set bit
  // in the AND of two pages' masks.
  const mask = (values: readonly string[]) => {
    let result = 0n;
    for (const value of values) {
      if (!bit.has(value)) bit.set(value, bit.size);
      result |= 1n << BigInt(bit.get(value)!);
    }
    return result;
  };
  const count = (value: bigint) => {
    let result = 0;
    for (let rest = value; rest > 0n; rest &= rest - 1n) result += 1;
    return result;
  };
  const entries = pages.map((page) => ({
    page,
    themes: mask(page.themes),
    actors: mask(page.actors),
  }));
  const byType = new Map<RelatablePage['type'], typeof entries>();
  for (const type of ['kaytanto', 'tapaus', 'luku'] as const) {
    byType.set(
      type,
      entries
        .filter((entry) => entry.page.type === type)
        .sort((a, b) => collator.compare(a.page.title, b.page.title)),
    );
  }

  const result: Record<string, RelatedLink[]> = {};
  for (const entry of entries) {
    const links: RelatedLink[] = [];
    for (const type of ['kaytanto', 'tapaus', 'luku'] as const) {
      if (type === entry.page.type) continue;
      // The best few so far, best first; candidates come in title order, so
      // a later one displaces an earlier one only with a higher score.
      const best: {other: RelatablePage; score: number}[] = [];
      for (const other of byType.get(type)!) {
        if (other.page.permalink === entry.page.permalink) continue;
        const score = 2 * count(entry.themes & other.themes) + count(entry.actors & other.actors);
        if (score === 0) continue;
        if (best.length === RELATED_PER_TYPE && score <= best[best.length - 1]!.score) continue;
        let at = best.length;
        while (at > 0 && best[at - 1]!.score < score) at -= 1;
        best.splice(at, 0, {other: other.page, score});
        if (best.length > RELATED_PER_TYPE) best.pop();
      }
      links.push(
        ...best.map(({other}) => ({
          permalink: other.permalink,
          title: other.title,
          type: other.type,
        })),
      );
    }
    if (links.length > 0) result[entry.page.permalink] = links;
  }
  return result;
}
