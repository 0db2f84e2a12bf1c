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

const shared = (a: readonly string[], b: readonly string[]) =>
  a.filter((value) => b.includes(value)).length;

/**
 * For every page, the pages of the other two types that share a theme or an
 * actor group, best first: a shared theme counts twice a shared actor group
 * (themes are the guide's main axis); ties by title.
 */
export function relatedPages(pages: readonly RelatablePage[]): Record<string, RelatedLink[]> {
  const result: Record<string, RelatedLink[]> = {};
  for (const page of pages) {
    const links: RelatedLink[] = [];
    for (const type of ['kaytanto', 'tapaus', 'luku'] as const) {
      if (type === page.type) continue;
      const scored = pages
        .filter((other) => other.type === type && other.permalink !== page.permalink)
        .map((other) => ({
          other,
          score: 2 * shared(page.themes, other.themes) + shared(page.actors, other.actors),
        }))
        .filter(({score}) => score > 0)
        .sort((a, b) => b.score - a.score || a.other.title.localeCompare(b.other.title, 'fi'))
        .slice(0, RELATED_PER_TYPE);
      links.push(
        ...scored.map(({other}) => ({
          permalink: other.permalink,
          title: other.title,
          type: other.type,
        })),
      );
    }
    if (links.length > 0) result[page.permalink] = links;
  }
  return result;
}
