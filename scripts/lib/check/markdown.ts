/**
 * Reads a content file's body as Docusaurus does (MDX with front matter,
 * GFM tables and `:::note` admonitions) and finds what the structure rules
 * of `npm run check` look at: headings, links, images and prose. Positions
 * are the file's own lines.
 */

import type {Heading, Image, Link, Nodes, Root, Definition} from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkDirective)
  .use(remarkGfm)
  .use(remarkMdx);

/** A body that could not be read as MDX: where and why. */
export interface ParseFailure {
  line: number;
  reason: string;
}

/** Parses a file, or says where MDX could not read it. */
export function parseMarkdown(text: string): {tree: Root} | {failure: ParseFailure} {
  try {
    return {tree: processor.parse(text)};
  } catch (error) {
    const place = error as {line?: number; place?: {line?: number; start?: {line?: number}}};
    const line = place.line ?? place.place?.line ?? place.place?.start?.line ?? 1;
    return {failure: {line, reason: (error as Error).message}};
  }
}

/** The text of a node, as a reader sees it. */
export function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'yaml') {
    return node.type === 'text' || node.type === 'inlineCode' ? node.value : '';
  }
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

/** Every node of the tree, in document order. */
export function* walk(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) {
    for (const child of node.children as Nodes[]) yield* walk(child);
  }
}

const lineOf = (node: Nodes) => node.position?.start.line ?? 1;

/** A heading with its level, text and line. */
export interface HeadingInfo {
  depth: number;
  text: string;
  line: number;
}

/** A link or image target with its line. */
export interface Target {
  url: string;
  line: number;
}

/** An image with its alt text (empty when missing). */
export interface ImageInfo extends Target {
  alt: string;
}

/** What the structure rules need from one body. */
export interface Outline {
  headings: HeadingInfo[];
  /** Headings with nothing under them before the next heading of the same or higher level. */
  emptySections: HeadingInfo[];
  links: Target[];
  images: ImageInfo[];
  /** Prose: source ranges (offsets) of text a reader reads, for the spelling check. */
  prose: {start: number; end: number}[];
}

function jsxAttribute(node: Nodes, name: string): string | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name) {
      return typeof attribute.value === 'string' ? attribute.value : '';
    }
  }
  return undefined;
}

/** The parts of a parsed body that the rules check. */
export function outlineOf(tree: Root): Outline {
  const outline: Outline = {headings: [], emptySections: [], links: [], images: [], prose: []};
  for (const node of walk(tree)) {
    switch (node.type) {
      case 'heading': {
        const heading = node as Heading;
        outline.headings.push({depth: heading.depth, text: textOf(heading), line: lineOf(heading)});
        break;
      }
      case 'link':
      case 'definition':
        outline.links.push({url: (node as Link | Definition).url, line: lineOf(node)});
        break;
      case 'image': {
        const image = node as Image;
        outline.images.push({url: image.url, alt: image.alt ?? '', line: lineOf(image)});
        const start = image.position?.start.offset;
        if (image.alt && start !== undefined) {
          // `![` comes before the alt text in the source.
          outline.prose.push({start: start + 2, end: start + 2 + image.alt.length});
        }
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (node.name === 'img') {
          outline.images.push({
            url: jsxAttribute(node, 'src') ?? '',
            alt: jsxAttribute(node, 'alt') ?? '',
            line: lineOf(node),
          });
        } else if (node.name === 'a') {
          const href = jsxAttribute(node, 'href');
          if (href) outline.links.push({url: href, line: lineOf(node)});
        }
        break;
      case 'text':
        if (node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
          outline.prose.push({start: node.position.start.offset, end: node.position.end.offset});
        }
        break;
      default:
        break;
    }
  }
  // A section is empty when the next thing after its heading is a heading
  // of the same or a higher level, or the end of the page.
  const blocks = tree.children.filter((node) => node.type !== 'yaml' && node.type !== 'mdxjsEsm');
  blocks.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const next = blocks[index + 1];
    if (!next || (next.type === 'heading' && next.depth <= node.depth)) {
      outline.emptySections.push({depth: node.depth, text: textOf(node), line: lineOf(node)});
    }
  });
  return outline;
}
