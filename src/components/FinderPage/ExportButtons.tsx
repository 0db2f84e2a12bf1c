/**
 * "Vie tiedostoon": the finder's filtered list as CSV or XLSX. The rows come
 * from the open data files, fetched only on click; exceljs (about 1 MB) is
 * loaded only when a reader asks for an XLSX file, so the finder's own
 * bundle does not grow.
 */

import React, {useState, type ReactNode} from 'react';

import useBaseUrl from '@docusaurus/useBaseUrl';

import {
  finderCsv,
  finderExportColumns,
  finderExportRows,
  sheetCell,
} from '@site/src/model/finderExport';
import type {OpenDataItem} from '@site/src/model/finderExport';
import type {Filters} from '@site/src/model/facets';

import styles from './styles.module.css';

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

async function readItems(url: string): Promise<OpenDataItem[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return ((await response.json()) as {items: OpenDataItem[]}).items;
}

export default function ExportButtons({filters}: {filters: Filters}): ReactNode {
  const [message, setMessage] = useState('');
  const practices = useBaseUrl('/data/kaytannot.json');
  const notes = useBaseUrl('/data/tapaukset.json');

  async function exportAs(format: 'csv' | 'xlsx'): Promise<void> {
    setMessage('Tehdään tiedostoa…');
    try {
      const [kaytanto, tapaus] = await Promise.all([readItems(practices), readItems(notes)]);
      const rows = finderExportRows(filters, {kaytanto, tapaus});
      const name = `kaytannot-ja-esimerkit.${format}`;
      if (format === 'csv') {
        download(new Blob([finderCsv(rows)], {type: 'text/csv;charset=utf-8'}), name);
      } else {
        const {default: ExcelJS} = await import('exceljs');
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('Käytännöt ja esimerkit');
        const columns = finderExportColumns();
        sheet.addRow(columns).font = {bold: true};
        for (const row of rows) sheet.addRow(columns.map((column) => sheetCell(row[column])));
        const buffer = await workbook.xlsx.writeBuffer();
        download(
          new Blob([buffer], {
            type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          }),
          name,
        );
      }
      setMessage(`Tiedostossa on ${rows.length} riviä.`);
    } catch {
      setMessage(
        'Tiedostoa ei voitu tehdä. Avoimen datan tiedostot tehdään vain julkaistuun sivustoon (npm run build).',
      );
    }
  }

  return (
    <div className={styles.export} role="group" aria-labelledby="vie-tiedostoon">
      <span id="vie-tiedostoon" className={styles.exportLabel}>
        Vie tiedostoon:
      </span>{' '}
      <button
        type="button"
        className="button button--secondary button--sm"
        onClick={() => void exportAs('csv')}>
        CSV
      </button>{' '}
      <button
        type="button"
        className="button button--secondary button--sm"
        onClick={() => void exportAs('xlsx')}>
        XLSX
      </button>
      <span aria-live="polite" className={styles.exportStatus}>
        {message}
      </span>
    </div>
  );
}
