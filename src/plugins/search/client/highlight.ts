/**
 * Highlights, on the page a search result opens, the words that matched,
 * in the forms they have on that page (`?korosta=kaavoituksessa+kaavoitus`).
 * The search worker knows the forms, so this needs no Finnish analysis.
 */

import type {ClientModule} from '@docusaurus/types';

const CLASS = 'search-highlight';

function clear(): void {
  for (const mark of document.querySelectorAll(`mark.${CLASS}`)) {
    mark.replaceWith(document.createTextNode(mark.textContent ?? ''));
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function highlight(words: string[]): void {
  const root = document.querySelector('article') ?? document.querySelector('main');
  if (!root || words.length === 0) return;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, nav, button')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  for (const node of nodes) {
    const text = node.data;
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const fragment = document.createDocumentFragment();
    let position = 0;
    for (const match of text.matchAll(pattern)) {
      const index = match.index!;
      if (index > position) fragment.append(text.slice(position, index));
      const mark = document.createElement('mark');
      mark.className = CLASS;
      mark.textContent = match[0];
      fragment.append(mark);
      position = index + match[0].length;
    }
    if (position < text.length) fragment.append(text.slice(position));
    node.replaceWith(fragment);
  }
}

const module: ClientModule = {
  onRouteDidUpdate({location}) {
    clear();
    const words = new URLSearchParams(location.search)
      .get('korosta')
      ?.split(/\s+/)
      .filter((word) => word.length > 1 && word.length <= 40)
      .slice(0, 12);
    if (words?.length) highlight(words);
  },
};

export default module;
