/**
 * Sections of a Markdown file, for the live index of the development
 * server: `npm start` builds no HTML, so the dev index is cut from the
 * source, with the heading anchors Docusaurus gives (github-slugger through
 * `@docusaurus/utils`, `{#id}` kept). Text is the Markdown with its syntax
 * stripped: close enough for a writer to check that a draft is found; the
 * production index reads the built HTML.
 */

import {createSlugger} from '@docusaurus/utils';

import type {Section} from './indexer';

/** Markdown and MDX syntax to text, line by line. */
function plain(line: string): string {
  return (
    line
      // images, then links: keep the text
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\{[^}]*\}/g, ' ')
      .replace(/^\s*(?:[-*+]|\d+\.|>|:::\S*)\s*/, '')
      .replace(/[*_`|~]+/g, ' ')
  );
}

/** Cuts a Markdown file's body into its h2 and h3 sections. */
export function markdownSections(path: string, title: string, fileContent: string): Section[] {
  // The front matter block: the title comes from Docusaurus' own metadata.
  const content = fileContent.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const slugger = createSlugger();
  const sections: Section[] = [{title, path, anchor: '', heading: '', text: ''}];
  let fence = false;
  for (const line of content.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      fence = !fence;
      continue;
    }
    if (fence || /^(import|export)\s/.test(line)) continue;
    const heading = /^(#{2,3})\s+(.*?)\s*$/.exec(line);
    if (heading) {
      const explicit = /\s*\{#([^}]+)\}$/.exec(heading[2]!);
      const text = plain(explicit ? heading[2]!.slice(0, explicit.index) : heading[2]!).trim();
      sections.push({
        title,
        path,
        anchor: explicit ? explicit[1]! : slugger.slug(text),
        heading: text,
        text: '',
      });
      continue;
    }
    if (/^#\s/.test(line)) continue;
    sections[sections.length - 1]!.text += ` ${plain(line)}`;
  }
  for (const section of sections) section.text = section.text.replace(/\s+/g, ' ').trim();
  return sections.filter((section, index) => index === 0 || section.text || section.heading);
}
