/**
 * A remark plugin for the site's Markdown: a link to a site path
 * (`[Sanasto](/opas/sanasto)`) means that path below the site's `baseUrl`.
 * Docusaurus adds the base only to paths that do not start with it already,
 * so under the base `/opas/` the guide's own `/opas/…` links would lose
 * theirs; this writes the base in front of every such link. Links to files
 * (`../sanasto.md`), other sites and anchors are left alone. A walker of a
 * few lines, instead of a dependency, since only link nodes are touched.
 */

interface Node {
  type: string;
  url?: string;
  children?: Node[];
}

export default function siteLinks({baseUrl}: {baseUrl: string}) {
  const walk = (node: Node): void => {
    if ((node.type === 'link' || node.type === 'definition') && node.url) {
      if (node.url.startsWith('/') && !node.url.startsWith('//'))
        node.url = `${baseUrl}${node.url.slice(1)}`;
    }
    node.children?.forEach(walk);
  };
  return (tree: Node) => {
    if (baseUrl !== '/') walk(tree);
  };
}
