/**
 * The site's own MDX components, as `npm run check` sees them in a page:
 * `<TilanneNyt aiheet={['ilmastosuunnitelma']} />` must name facts that
 * `src/data/tilanne.ts` has, written as a list of quoted keys, so that a
 * typo is a Finnish message with the line, not an empty box on the page.
 */

import type {Root} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';

import {tilanneKeys} from '../../../src/data/tilanne';
import {closest} from '../../../src/model/validate';
import {walk} from './markdown';

/** A problem with one component in a page. */
export interface ComponentProblem {
  line: number;
  text: string;
}

const EXAMPLE = "<TilanneNyt aiheet={['ilmastosuunnitelma', 'aluehallinto']} />";

/** The string keys of an `aiheet={[…]}` expression, or undefined when it is not such a list. */
function listedKeys(attribute: MdxJsxAttribute): string[] | undefined {
  const value = attribute.value;
  if (value === null || value === undefined || typeof value === 'string') return undefined;
  const program = value.data?.estree as
    {body: {type: string; expression?: {type: string; elements?: unknown[]}}[]} | undefined;
  const expression = program?.body[0]?.expression;
  if (program?.body.length !== 1 || expression?.type !== 'ArrayExpression') return undefined;
  const keys: string[] = [];
  for (const element of expression.elements ?? []) {
    const literal = element as {type?: string; value?: unknown} | null;
    if (literal?.type !== 'Literal' || typeof literal.value !== 'string') return undefined;
    keys.push(literal.value);
  }
  return keys;
}

/** Problems with the site's components in one parsed page. */
export function componentProblems(tree: Root): ComponentProblem[] {
  const problems: ComponentProblem[] = [];
  for (const node of walk(tree)) {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') continue;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (element.name !== 'TilanneNyt') continue;
    const line = element.position?.start.line ?? 1;
    for (const attribute of element.attributes) {
      if (attribute.type !== 'mdxJsxAttribute') continue;
      if (attribute.name !== 'aiheet') {
        problems.push({
          line,
          text: `komponentilla TilanneNyt ei ole ominaisuutta "${attribute.name}"; ainoa ominaisuus on aiheet, esimerkiksi ${EXAMPLE}.`,
        });
        continue;
      }
      const keys = listedKeys(attribute);
      if (!keys) {
        problems.push({
          line,
          text: `komponentin TilanneNyt aiheet pitää kirjoittaa luettelona lainausmerkeissä, esimerkiksi ${EXAMPLE}.`,
        });
        continue;
      }
      for (const key of keys) {
        if ((tilanneKeys as readonly string[]).includes(key)) continue;
        const guess = closest(key, tilanneKeys);
        problems.push({
          line,
          text: `komponentin TilanneNyt aihetta "${key}" ei ole${guess ? `; tarkoititko "${guess}"?` : '.'} Sallitut aiheet: ${tilanneKeys.join(', ')} (tiedosto src/data/tilanne.ts).`,
        });
      }
    }
  }
  return problems;
}
