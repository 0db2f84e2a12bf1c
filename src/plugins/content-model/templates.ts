/** Writes the templates' files (`/pohjat/<id>.docx` or `.xlsx`) into the build. */

import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';

import {ROUTES} from '../../data/routes';
import {templates} from '../../data/templates';
import {templateFile} from '../../model/templateFiles';

export async function writeTemplateFiles(outDir: string): Promise<void> {
  const dir = path.join(outDir, ROUTES.templates);
  await mkdir(dir, {recursive: true});
  for (const template of templates) {
    await writeFile(
      path.join(dir, `${template.id}.${template.format}`),
      await templateFile(template),
    );
  }
}
