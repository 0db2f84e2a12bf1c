/**
 * Line numbers for front matter fields. The validator names a field by its
 * path (`"sources", kohta 2, "url"`); a writer needs the line. YAML parsers
 * do not keep positions for values, so this walks the block's lines, which
 * the content files write in the plain style the scaffolding and the editor
 * use (one field a line, lists as `- ` items or `[a, b]`).
 */

/** A field path as the validator reports it. */
export type FieldPath = readonly (string | number)[];

const KEY = /^(\s*)(?:-\s+)?([\w-]+)\s*:/;

/** The 1-based lines of the front matter block, without the `---` lines. */
function frontMatterRange(lines: readonly string[]): [number, number] | undefined {
  if (lines[0]?.trim() !== '---') return undefined;
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  return end > 0 ? [1, end] : undefined;
}

/** Indentation of a line, or undefined for blank and comment lines. */
function indentOf(line: string): number | undefined {
  if (line.trim() === '' || line.trim().startsWith('#')) return undefined;
  return line.length - line.trimStart().length;
}

/**
 * The 1-based line where `path` is written, or the nearest line above it
 * that is (the field itself when an item is not found; line 1 when nothing
 * is).
 */
export function lineOfField(text: string, path: FieldPath): number {
  const lines = text.split(/\r?\n/);
  const range = frontMatterRange(lines);
  if (!range || path.length === 0) return 1;
  let [from, to] = range;
  let found = 1;
  let indent = -1;
  for (const part of path) {
    if (typeof part === 'string') {
      let hit: number | undefined;
      for (let index = from; index < to; index += 1) {
        const match = KEY.exec(lines[index]!);
        if (!match || match[2] !== part) continue;
        const at = lines[index]!.indexOf(part);
        if (at <= indent) continue;
        hit = index;
        break;
      }
      if (hit === undefined) return found;
      found = hit + 1;
      indent = lines[hit]!.indexOf(part);
      // The field's block: until the next line that is not deeper.
      from = hit + 1;
      let end = from;
      while (end < to) {
        const own = indentOf(lines[end]!);
        if (own !== undefined && own <= indent && !lines[end]!.trimStart().startsWith('- ')) break;
        if (own !== undefined && own < indent) break;
        end += 1;
      }
      to = end;
    } else {
      // `key: [a, b]` keeps its items on the key's own line.
      const items: number[] = [];
      let dashIndent: number | undefined;
      for (let index = from; index < to; index += 1) {
        const line = lines[index]!;
        const own = indentOf(line);
        if (own === undefined || !line.trimStart().startsWith('- ')) continue;
        dashIndent ??= own;
        if (own === dashIndent) items.push(index);
      }
      const start = items[part];
      if (start === undefined) return found;
      found = start + 1;
      from = start;
      to = items[part + 1] ?? to;
      indent = (dashIndent ?? 0) - 1;
    }
  }
  return found;
}
