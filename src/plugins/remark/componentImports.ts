/**
 * A remark plugin for the site's Markdown: a page that uses one of the
 * site's own page components (`<TilanneNyt aiheet={[…]} />`,
 * `<IndicatorList />`) gets the component's import written at its top, so
 * writers need no import line, and only the pages that use a component
 * load its code and data.
 *
 * Why not MDXComponents, the usual way to offer components without an
 * import: a component there is in the chunk that every doc page loads.
 * These two, with the facts and the indicators they draw, were about
 * 7 KB (gzip) of every doc page's JavaScript, for three pages that use
 * them. A walker of a few lines and a hand-made import (the ESTree that
 * MDX needs beside an `import` line), instead of a dependency.
 */

/** The components a page may use without an import, and where they are. */
export const PAGE_COMPONENTS: Readonly<Record<string, string>> = {
  TilanneNyt: '@site/src/components/TilanneNyt',
  IndicatorList: '@site/src/components/IndicatorList',
};

interface Node {
  type: string;
  name?: string | null;
  children?: Node[];
  value?: string;
  data?: {estree?: {body?: EsNode[]}};
}

interface EsNode {
  type: string;
  specifiers?: {local?: {name?: string}}[];
}

/** An MDX `import Name from 'source';` node, with the ESTree MDX compiles. */
function importNode(name: string, source: string): Node {
  const node = {
    type: 'mdxjsEsm',
    value: `import ${name} from ${JSON.stringify(source)};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name}}],
            source: {type: 'Literal', value: source, raw: JSON.stringify(source)},
          },
        ],
      },
    },
  };
  return node as Node;
}

export default function componentImports() {
  return (tree: Node) => {
    const used = new Set<string>();
    const declared = new Set<string>();
    const walk = (node: Node): void => {
      if (
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        node.name &&
        Object.hasOwn(PAGE_COMPONENTS, node.name)
      )
        used.add(node.name);
      // A page that imports or defines the name itself keeps its own.
      if (node.type === 'mdxjsEsm') {
        for (const statement of node.data?.estree?.body ?? [])
          for (const specifier of statement.specifiers ?? [])
            if (specifier.local?.name) declared.add(specifier.local.name);
        for (const match of (node.value ?? '').matchAll(/\b(?:const|let|var|function)\s+(\w+)/g))
          declared.add(match[1]!);
      }
      node.children?.forEach(walk);
    };
    walk(tree);
    const imports = [...used]
      .filter((name) => !declared.has(name))
      .sort()
      .map((name) => importNode(name, PAGE_COMPONENTS[name]!));
    tree.children?.unshift(...imports);
  };
}
