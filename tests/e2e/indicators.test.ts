import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';

import ExcelJS from 'exceljs';
import type {Page} from 'playwright-core';

import {municipalityKeys} from '../../src/data/municipalities';
import {templates} from '../../src/data/templates';
import {loadContentFiles} from '../../src/plugins/content-model/load';
import {axeViolations, buildDir, siteDir, withSite} from './helpers';

const env = withSite();

interface Figure {
  municipality?: string;
  year: number;
  value: number;
}

/** The indicators as the content files hold them: the expected figures. */
async function indicatorFiles() {
  const {entries} = await loadContentFiles(siteDir);
  return entries
    .filter((entry) => entry.type === 'mittari' && !entry.draft)
    .map((entry) => ({
      path: `/opas/${entry.file.replace(/^docs\//, '').replace(/\.md$/, '')}`,
      values: entry.frontMatter.values as Figure[],
      targets: (entry.frontMatter.targets ?? []) as Figure[],
    }));
}

/** A Finnish number as shown ("noin −9", "124,4") read back as a number. */
function readNumber(text: string): number {
  return Number(text.replace(/noin/, '').replace(/\s/g, '').replace('−', '-').replace(',', '.'));
}

/** Year–figure pairs in a chart's accessible name. */
function namedFigures(name: string): string[] {
  return [...name.matchAll(/(\d{4}):? (?:noin )?(−?\d[\d\s]*(?:,\d+)?)(?=[.,]|$)/g)]
    .map((match) => `${match[1]} ${readNumber(match[2]!)}`)
    .sort();
}

async function tableFigures(page: Page, chart: string): Promise<Figure[]> {
  return page.evaluate((id) => {
    const svg = document.querySelector(`svg[data-indicator-chart="${id}"]`)!;
    const table = svg.parentElement!.querySelector('table')!;
    return [...table.querySelectorAll('tbody tr')].flatMap((row) =>
      [...row.querySelectorAll('td[data-year] [data-value]')].map((cell) => ({
        series: (row as HTMLElement).dataset.series!,
        year: Number((cell.closest('td') as HTMLElement).dataset.year),
        value: Number((cell as HTMLElement).dataset.value),
        text: cell.textContent ?? '',
      })),
    );
  }, chart) as unknown as Promise<Figure[]>;
}

describe('indicator pages', () => {
  it('every indicator page draws every figure of its file, in the chart name and the table', async () => {
    const files = await indicatorFiles();
    assert.ok(files.length >= 4, 'the guide has indicators');
    for (const file of files) {
      await env.open(file.path, async ({page, errors}) => {
        const id = file.path.slice(1);
        const name = await page.locator(`svg[data-indicator-chart="${id}"] title`).textContent();
        const expected = [...file.values, ...file.targets]
          .map((figure) => `${figure.year} ${figure.value}`)
          .sort();
        assert.deepEqual(namedFigures(name ?? ''), expected, `${file.path}: chart name ${name}`);
        const cells = (await tableFigures(page, id)) as unknown as {
          series: string;
          year: number;
          value: number;
          text: string;
        }[];
        assert.deepEqual(
          cells.map((cell) => `${cell.series} ${cell.year} ${cell.value}`).sort(),
          file.values
            .map((value) => `${value.municipality ?? 'alue'} ${value.year} ${value.value}`)
            .sort(),
          file.path,
        );
        for (const cell of cells) assert.equal(readNumber(cell.text), cell.value, cell.text);
        // Every other cell says plainly that no public figure exists.
        const series = new Set(file.values.map((value) => value.municipality ?? 'alue'));
        const years = new Set(file.values.map((value) => value.year));
        const gaps = await page
          .locator(`svg[data-indicator-chart="${id}"] ~ div table td`, {
            hasText: 'ei julkista lukua',
          })
          .count();
        assert.equal(gaps, series.size * years.size - file.values.length, file.path);
        assert.deepEqual(await axeViolations(page), [], file.path);
        assert.deepEqual(errors, []);
      });
    }
  });

  it('the emission indicator shows all four municipalities', async () => {
    await env.open('/opas/mittarit/paastot', async ({page}) => {
      const rows = await page
        .locator('svg[data-indicator-chart="opas/mittarit/paastot"] ~ div table tbody tr')
        .evaluateAll((elements) => elements.map((row) => (row as HTMLElement).dataset.series));
      assert.deepEqual([...rows].sort(), [...municipalityKeys].sort());
    });
  });

  it('every municipality page shows its own figures with a chart and a table', async () => {
    const files = await indicatorFiles();
    for (const municipality of municipalityKeys) {
      await env.open(`/kunnat/${municipality}`, async ({page}) => {
        const charts = page.locator('section[aria-labelledby="mittarit"] svg[role="img"]');
        assert.ok((await charts.count()) >= 1, municipality);
        for (const file of files) {
          const own = file.values.filter((value) => value.municipality === municipality);
          if (own.length === 0) continue;
          const cells = (await tableFigures(page, file.path.slice(1))) as unknown as {
            series: string;
            year: number;
            value: number;
          }[];
          assert.deepEqual(
            cells.map((cell) => `${cell.series} ${cell.year} ${cell.value}`).sort(),
            own.map((value) => `${municipality} ${value.year} ${value.value}`).sort(),
          );
        }
        assert.deepEqual(await axeViolations(page), [], municipality);
      });
    }
  });
});

/** A CSV file's rows (RFC 4180). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  return rows;
}

describe('the finder export', () => {
  const query = '/kaytannot?kunta=akaa';

  async function expectedIds(): Promise<string[]> {
    const {entries} = await loadContentFiles(siteDir);
    return entries
      .filter((entry) => !entry.draft)
      .filter((entry) =>
        entry.type === 'tapaus'
          ? entry.frontMatter.municipality === 'akaa'
          : entry.type === 'kaytanto' &&
            ((entry.frontMatter.municipalities as string[] | undefined) ?? []).includes('akaa'),
      )
      .map((entry) =>
        entry.type === 'tapaus'
          ? entry.file.replace(/\.md$/, '')
          : `opas/${entry.file.replace(/^docs\//, '').replace(/\.md$/, '')}`,
      )
      .sort();
  }

  it('the CSV holds exactly the filtered rows, with the open data columns', async () => {
    await env.open(query, async ({page}) => {
      // Filtered results arrive from the finder's data files.
      await page.locator('main [role="status"]', {hasText: 'Rajauksilla löytyi'}).waitFor();
      const shown = await page
        .locator('section[aria-labelledby="tulokset"] li h3 a')
        .evaluateAll((links) =>
          links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.slice(1)),
        );
      assert.deepEqual([...shown].sort(), await expectedIds());
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', {name: 'CSV'}).click(),
      ]);
      const text = readFileSync(await download.path(), 'utf8');
      assert.ok(text.startsWith('\uFEFF'), 'byte-order mark');
      const [header, ...rows] = parseCsv(text.slice(1));
      const practiceHeader = readFileSync(path.join(buildDir, 'data', 'kaytannot.csv'), 'utf8')
        .slice(1)
        .split('\r\n')[0]!
        .split(',');
      for (const column of practiceHeader) assert.ok(header!.includes(column), column);
      const ids = rows.map((row) => row[header!.indexOf('id')]!).sort();
      assert.deepEqual(ids, [...shown].sort());
      await page.locator('[aria-live="polite"]', {hasText: 'riviä'}).waitFor();
    });
  });

  it('the XLSX holds exactly the filtered rows', async () => {
    await env.open(query, async ({page}) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', {name: 'XLSX'}).click(),
      ]);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
      const idColumn = header.indexOf('id') + 1;
      const ids: string[] = [];
      sheet.eachRow((row, number) => {
        if (number > 1) ids.push(String(row.getCell(idColumn).value));
      });
      assert.deepEqual(ids.sort(), await expectedIds());
    });
  });
});

describe('templates', () => {
  it('every template page links to its generated file, and the file is there', async () => {
    for (const template of templates) {
      await env.open(`/pohjat/${template.id}`, async ({page}) => {
        const file = `/pohjat/${template.id}.${template.format}`;
        const link = page.locator(`a[href="${file}"]`);
        assert.equal(await link.count(), 1, file);
        const bytes = readFileSync(path.join(buildDir, file));
        assert.equal(bytes.subarray(0, 2).toString(), 'PK', `${file} is a zip (Office) file`);
        assert.deepEqual(await axeViolations(page), [], template.id);
      });
    }
  });
});
