/**
 * The templates' files: a Word document (`docx`) or a workbook (`exceljs`)
 * from a template definition in `src/data/templates.ts`. The build writes
 * them under `/pohjat/`; the tests open them and look for their headings.
 */

import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';

import type {Template, TemplateBlock} from '../data/templates';

/** A line to write on: underscores read as a blank in print and on screen. */
const BLANK = '_'.repeat(60);

function cell(text: string, bold = false): TableCell {
  return new TableCell({children: [new Paragraph({children: [new TextRun({text, bold})]})]});
}

function docxBlock(block: TemplateBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({text: block.text, heading: HeadingLevel.HEADING_1})];
    case 'guidance':
      return [new Paragraph({children: [new TextRun({text: block.text, italics: true})]})];
    case 'fields':
      return block.items.flatMap((item) => [
        new Paragraph({children: [new TextRun({text: `${item.label}: `, bold: true})]}),
        ...(item.guidance
          ? [new Paragraph({children: [new TextRun({text: item.guidance, italics: true})]})]
          : []),
        new Paragraph({text: BLANK}),
      ]);
    case 'lines':
      return Array.from({length: block.count}, () => new Paragraph({text: BLANK}));
    case 'checklist':
      return block.items.map((item) => new Paragraph({text: `☐ ${item}`}));
    case 'table': {
      const empty = () => block.columns.slice(1).map(() => cell(''));
      const rows = [
        new TableRow({
          tableHeader: true,
          children: block.columns.map((column) => cell(column, true)),
        }),
        ...block.rows.map((row) => new TableRow({children: [cell(row), ...empty()]})),
        ...Array.from(
          {length: block.blankRows},
          () => new TableRow({children: block.columns.map(() => cell(''))}),
        ),
      ];
      return [
        new Table({rows, width: {size: 100, type: WidthType.PERCENTAGE}}),
        new Paragraph({text: ''}),
      ];
    }
  }
}

/** A text template as a Word document. */
export async function templateDocx(template: Template): Promise<Buffer> {
  const document = new Document({
    creator: 'Ilmastotyön opas',
    title: template.title,
    description: template.description,
    styles: {default: {document: {run: {font: 'Calibri', size: 22}}}},
    sections: [
      {
        children: [
          new Paragraph({text: template.title, heading: HeadingLevel.TITLE}),
          new Paragraph({
            alignment: AlignmentType.LEFT,
            children: [new TextRun({text: template.description, italics: true})],
          }),
          ...template.blocks.flatMap(docxBlock),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A tabular template as a workbook: one sheet, blocks one after another. */
export async function templateXlsx(template: Template): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ilmastotyön opas';
  workbook.title = template.title;
  // Excel limits sheet names to 31 characters.
  const sheet = workbook.addWorksheet(template.title.slice(0, 31));
  const width = Math.max(
    2,
    ...template.blocks.map((block) => (block.kind === 'table' ? block.columns.length : 2)),
  );
  sheet.columns = Array.from({length: width}, (_, index) => ({width: index === 0 ? 48 : 22}));
  const title = sheet.addRow([template.title]);
  title.font = {bold: true, size: 14};
  sheet.addRow([template.description]).font = {italic: true};
  sheet.addRow([]);
  for (const block of template.blocks) {
    switch (block.kind) {
      case 'heading':
        sheet.addRow([block.text]).font = {bold: true, size: 12};
        break;
      case 'guidance':
        sheet.addRow([block.text]).font = {italic: true};
        break;
      case 'fields':
        for (const item of block.items) {
          const row = sheet.addRow([item.label, '', item.guidance ?? '']);
          row.getCell(1).font = {bold: true};
          row.getCell(3).font = {italic: true};
        }
        break;
      case 'lines':
        for (let index = 0; index < block.count; index += 1) sheet.addRow([]);
        break;
      case 'checklist':
        for (const item of block.items) sheet.addRow(['☐', item]);
        break;
      case 'table': {
        const header = sheet.addRow([...block.columns]);
        header.font = {bold: true};
        header.eachCell((headerCell) => {
          headerCell.border = {bottom: {style: 'thin'}};
        });
        const bodyRows = [
          ...block.rows.map((label) => [label]),
          ...Array.from({length: block.blankRows}, () => ['']),
        ];
        for (const values of bodyRows) {
          const row = sheet.addRow(values);
          for (const column of block.options?.columns ?? []) {
            row.getCell(column + 1).dataValidation = {
              type: 'list',
              allowBlank: true,
              formulae: [`"${block.options!.values.join(',')}"`],
            };
          }
        }
        sheet.addRow([]);
        break;
      }
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A template's file in its format. */
export function templateFile(template: Template): Promise<Buffer> {
  return template.format === 'docx' ? templateDocx(template) : templateXlsx(template);
}
