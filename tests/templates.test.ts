import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import ExcelJS from 'exceljs';
import JSZip from 'jszip';

import {templates, type Template} from '../src/data/templates';
import {templateFile} from '../src/model/templateFiles';

/** The text of every paragraph in a Word file, read from its XML. */
async function docxParagraphs(buffer: Buffer): Promise<{style: string; text: string}[]> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? '',
    text: [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));
}

/** Every non-empty cell text of a workbook's first sheet, row by row. */
async function xlsxRows(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    const values: string[] = [];
    row.eachCell((cell) => values.push(String(cell.value ?? '')));
    rows.push(values);
  });
  return rows;
}

const headingsOf = (template: Template) =>
  template.blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []));

describe('templates', () => {
  it('are six, with unique ids, the text ones as Word and the tabular ones as Excel', () => {
    assert.equal(templates.length, 6);
    assert.equal(new Set(templates.map((template) => template.id)).size, 6);
    for (const template of templates) {
      const tabular = template.blocks.some(
        (block) => block.kind === 'table' && block.options !== undefined,
      );
      assert.equal(template.format, tabular ? 'xlsx' : 'docx', template.id);
    }
  });

  for (const template of templates) {
    it(`${template.id}.${template.format} opens and holds its title and headings`, async () => {
      const buffer = await templateFile(template);
      if (template.format === 'docx') {
        const paragraphs = await docxParagraphs(buffer);
        assert.deepEqual(paragraphs[0], {style: 'Title', text: template.title});
        const headings = paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
        assert.deepEqual(headings, headingsOf(template));
        assert.ok(headings.length >= 2, 'a text template has sections');
      } else {
        const rows = await xlsxRows(buffer);
        assert.equal(rows[0]?.[0], template.title);
        const firstCells = rows.map((row) => row[0]);
        for (const heading of headingsOf(template)) {
          assert.ok(firstCells.includes(heading), `${heading} in ${template.id}`);
        }
        for (const block of template.blocks) {
          if (block.kind === 'table') {
            assert.ok(
              rows.some((row) => row.join('|') === block.columns.join('|')),
              `header row of ${template.id}`,
            );
          }
        }
      }
    });
  }

  it('the council-term checklist says the plan is voluntary and names the repeal', async () => {
    const template = templates.find((item) => item.id === 'valtuustokauden-ilmastosuunnitelma')!;
    const text = (await docxParagraphs(await templateFile(template))).map((p) => p.text).join('\n');
    assert.match(text, /vapaaehtoinen/);
    assert.match(text, /HE 151\/2024/);
    assert.doesNotMatch(text, /kunnalla on oltava ilmastosuunnitelma/i);
  });

  it('the RACI sheet offers R, A, C and I in every role column', async () => {
    const template = templates.find((item) => item.id === 'vastuutaulukko-raci')!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await templateFile(template)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    let header = 0;
    sheet.eachRow((row, number) => {
      if (row.getCell(1).value === 'Tehtävä') header = number;
    });
    assert.ok(header > 0);
    const validation = sheet.getRow(header + 1).getCell(2).dataValidation;
    assert.equal(validation?.type, 'list');
    assert.deepEqual(validation?.formulae, ['"R,A,C,I"']);
    assert.equal(sheet.getRow(header + 1).getCell(2).value, null, 'cells are left blank');
  });
});
