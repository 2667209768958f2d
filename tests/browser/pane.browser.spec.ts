/**
 * The built pane in a real browser (Debian's Chromium driven by playwright-core), as a person uses
 * it outside Excel: pick a template, read its checker report, download a scoring workbook, check a
 * template file. Screenshots of each step go to test-output/browser/.
 * Needs `npm run build` first (npm test builds before the specs).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { run } from '../../src/cli/run';
import { collectRoundFiles } from '../collect/round-files';

const root = join(__dirname, '../..');
const shots = join(root, 'test-output/browser');
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let server: StaticServer;
let browser: Browser;
let page: Page;

async function chooseTemplate(title: string): Promise<void> {
  await page.getByRole('combobox', { name: '选择指标模板' }).click();
  await page.getByRole('option', { name: new RegExp(title) }).click();
}

describe('task pane in a browser (no Excel)', { timeout: 30_000 }, () => {
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    server = await serveDirectory(join(root, 'dist'));
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
    page = await browser.newPage({ viewport: { width: 360, height: 900 }, acceptDownloads: true });
    await page.goto(`${server.url}/taskpane.html`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('says it runs outside Excel and shows the checker report of the chosen template', async () => {
    await expect(page.getByText(/当前在浏览器中运行/).isVisible()).resolves.toBe(true);
    await chooseTemplate('县（市、区）政府门户网站绩效评估指标');
    await page.getByText('基础分 100，加分 16，扣分 14；43 个末级指标').waitFor();
    await page.getByText(/安全事件：累计上限合计 3 分小于该指标的权重 4 分/).waitFor();
    await page.screenshot({ path: join(shots, '1-template-report.png'), fullPage: true });
  });

  it('shows the indicator tree with weights and rules', async () => {
    await page.getByRole('button', { name: /指标树/ }).click();
    await page.getByRole('tree', { name: '指标树' }).getByText('日常监管（2 分）').waitFor();
    await page.getByRole('tree', { name: '指标树' }).getByText(/权重×\(N−M\)\/N/).first().waitFor();
    await page.screenshot({ path: join(shots, '2-indicator-tree.png'), fullPage: true });
    await page.getByRole('button', { name: /指标树/ }).click();
  });

  it('downloads the scoring workbook for two sites, readable with the project reader', async () => {
    await page.getByRole('tab', { name: '评分表' }).click();
    await page.getByRole('textbox', { name: /网站名称/ }).fill('甲县人民政府门户网站\n乙县人民政府门户网站');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载评分表' }).click()]);
    const file = join(shots, 'scoring.xlsx');
    await download.saveAs(file);
    await page.getByText(/已生成 3 个工作表/).waitFor();
    await page.screenshot({ path: join(shots, '3-download.png'), fullPage: true });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', '甲县人民政府门户网站', '乙县人民政府门户网站']);
    const sheet = workbook.getWorksheet('甲县人民政府门户网站');
    const labels = (sheet?.getColumn(1).values ?? []).map(String);
    expect(labels).toContain('总分');
    expect(sheet?.rowCount).toBeGreaterThan(50);
  });

  it('ranks an uploaded score table (GBK CSV) on screen and downloads 排名表', async () => {
    await page.getByRole('tab', { name: '汇总排名' }).click();
    await page.getByLabel('选择成绩表').setInputFiles(join(root, 'tests/fixtures/ranking/valid.gbk.csv'));
    await page.getByText('共 5 个网站，合格 3 个，合格率 60.00%。').waitFor();
    await page.getByText(/A类：合格率 100.00%/).waitFor();
    const table = page.getByRole('table', { name: 'A类排名' });
    await expect(table.getByRole('row').nth(2).innerText()).resolves.toMatch(/2\s*（并列）\s*南宁市人民政府门户网站\s*88.18/);
    await expect(table.getByRole('row').nth(3).innerText()).resolves.toMatch(/2\s*（并列）\s*柳州市人民政府门户网站\s*88.18/);
    await page.screenshot({ path: join(shots, '5-ranking.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载排名表' }).click()]);
    const file = join(shots, 'ranking.xlsx');
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['排名']);
  });

  it('shows the charts of the ranking and downloads the same 通报（Word） as the command line', async () => {
    // The charts are drawn (SVG) once ECharts has loaded: pass rates, then one per category.
    await page.locator('[data-chart="scores-1"] svg').waitFor();
    const charts = page.getByRole('region', { name: '排名图表' }).locator('[data-chart]');
    await expect(charts.count()).resolves.toBe(3);
    await expect(page.getByRole('img', { name: 'A类得分' }).first().isVisible()).resolves.toBe(true);
    const box = await page.locator('[data-chart="scores-1"] svg').boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    await expect(page.locator('[data-chart="scores-1"] svg').textContent()).resolves.toContain('南宁市人民政府门户网站');
    await page.getByLabel('评估年度').fill('2024');
    await page.getByLabel('发文机关').fill('某某市人民政府办公室');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载通报（Word）' }).click()]);
    expect(download.suggestedFilename()).toBe('通报.docx');
    const file = join(shots, 'notice.docx');
    await download.saveAs(file);
    await page.locator('[data-chart="pass-rates"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, '9-charts.png') });
    const cli = join(shots, 'notice-cli.docx');
    const made = await run(['notice', join(root, 'tests/fixtures/ranking/valid.gbk.csv'), '--year', '2024', '--issuer', '某某市人民政府办公室', '-o', cli, '--force']);
    expect(made.exitCode, made.stderr).toBe(0);
    const texts = async (path: string) => {
      const zip = await JSZip.loadAsync(readFileSync(path));
      const xml = await zip.file('word/document.xml')!.async('string');
      return { paragraphs: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]), images: Object.keys(zip.files).filter((name) => name.startsWith('word/media/')).length };
    };
    const [fromPane, fromCli] = await Promise.all([texts(file), texts(cli)]);
    expect(fromPane.paragraphs).toEqual(fromCli.paragraphs);
    expect(fromPane.paragraphs.join('')).toContain('某某市人民政府办公室关于2024年度全区政府网站绩效评估情况的通报');
    expect([fromPane.images, fromCli.images]).toEqual([3, 3]);
  });

  it('downloads the task-split workbook of a scoring template', async () => {
    await page.getByRole('tab', { name: '任务分解' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载任务分解表' }).click()]);
    const file = join(shots, 'task-split.xlsx');
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets[0].name).toBe('任务分解表');
    await page.screenshot({ path: join(shots, '6-task-split.png'), fullPage: true });
  });

  it('collects chosen scoring workbooks (汇总评分表) and downloads 汇总.xlsx (issue 15)', async () => {
    const round = await collectRoundFiles(join(shots, 'collect'));
    await page.getByRole('tab', { name: '汇总排名' }).click();
    await page.getByLabel('选择评分表文件').setInputFiles([round.files.a, round.files.b, round.files.self, round.files.bad]);
    await page.getByText('已选择 4 个文件').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '汇总并下载' }).click()]);
    expect(download.suggestedFilename()).toBe('汇总.xlsx');
    const file = join(shots, '汇总.xlsx');
    await download.saveAs(file);
    await page.getByText(/^共 2 个网站（平均）；1 处评分差异超过容差；1 份自评，1 份高于核查得分 10 分以上；来源文件 4 个/).waitFor();
    await page.getByRole('group', { name: '问题：不是工作簿.xlsx' }).getByText(/无法读取，已跳过/).waitFor();
    await page.getByRole('region', { name: '汇总结果' }).screenshot({ path: join(shots, '10-collect.png') });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', '复核', '自评对比', '来源']);
    const summary = workbook.getWorksheet('汇总')!;
    expect(summary.getRow(3).values).toEqual([undefined, '序号', '类别', '单位名称', '总分', '基础分', '加分', '扣分', '是否完成', '评分份数', '评估人员', '各份总分']);
    const rows = [4, 5].map((n) => summary.getRow(n)).map((row) => [row.getCell(3).value, Math.round((row.getCell(4).value as number) * 1e6) / 1e6, row.getCell(9).value, row.getCell(10).value]);
    expect(rows).toEqual([
      ['甲县', Math.round(round.totals.甲 * 1e6) / 1e6, 1, '张三'],
      ['乙县', Math.round(round.totals.乙 * 1e6) / 1e6, 2, '张三、李四'],
    ]);
  });

  it('shows the checker error for a wrong template file', async () => {
    await page.getByRole('tab', { name: '模板' }).click();
    await page.getByLabel('选择模板文件').setInputFiles(join(root, 'tests/fixtures/templates/invalid.weight-sum-mismatch.json'));
    await page.getByText(/错误：发布解读：权重为 60，但下级指标合计为 65/).waitFor();
    await page.getByLabel('选择模板文件').setInputFiles(join(root, 'tests/fixtures/templates/invalid.schema.json'));
    await page.getByText(/模板格式错误/).waitFor();
    await page.screenshot({ path: join(shots, '4-wrong-template.png'), fullPage: true });
  });

  describe('task pane in a short pane (320 × 480 px)', { timeout: 30_000 }, () => {
    let short: Page;
    beforeAll(async () => {
      short = await browser.newPage({ viewport: { width: 320, height: 480 }, acceptDownloads: true });
      await short.goto(`${server.url}/taskpane.html`);
      await short.getByRole('button', { name: '关闭“如何开始”' }).click();
    }, 60_000);

    /** Whether the button is wholly inside the viewport as the page is scrolled now. */
    const inView = async (name: string) => {
      const box = await short.getByRole('button', { name }).boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 480;
    };

    it('offers the departments of 附录1 for the department template, within the 320 px pane (issue 14)', async () => {
      await short.getByRole('tab', { name: '评分表' }).click();
      const list = short.getByRole('group', { name: '部门（附录1 考核范围，共 51 个）' });
      const search = short.getByRole('searchbox', { name: '查找部门' });
      await search.fill('发展');
      await expect(list.getByRole('checkbox').count()).resolves.toBe(3);
      await list.getByRole('checkbox', { name: '自治区发展改革委' }).check();
      await search.fill('');
      await list.getByRole('checkbox', { name: '自治区科技厅' }).check();
      await short.getByText('已选 2 个部门，共 51 个').waitFor();
      await expect(short.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
      await expect(inView('下载评分表')).resolves.toBe(true);
      await short.screenshot({ path: join(shots, '8-departments.png') });
      const [download] = await Promise.all([short.waitForEvent('download'), short.getByRole('button', { name: '下载评分表' }).click()]);
      const file = join(shots, 'departments.xlsx');
      await download.saveAs(file);
      await short.getByText('已生成 3 个工作表：汇总、自治区发展改革委、自治区科技厅。').waitFor();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', '自治区发展改革委', '自治区科技厅']);
    });

    it('keeps 下载评分表 in view under a long site list (sticky footer)', async () => {
      await short.getByRole('tab', { name: '评分表' }).click();
      // The first template (自治区部门网站) offers its departments; a typed list is the other choice.
      await short.getByRole('radio', { name: /填写网站名称/ }).check();
      const names = Array.from({ length: 12 }, (_, i) => `第${i % 6}县人民政府门户网站`).join('\n');
      await short.getByRole('textbox', { name: /网站名称/ }).fill(names);
      await short.getByText(/重复/).first().waitFor();
      await expect(short.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).resolves.toBe(true);
      await expect(inView('下载评分表')).resolves.toBe(true);
      await short.screenshot({ path: join(shots, '7-sticky-footer.png') });
    });

    it('offers the score column to choose when the header names several years (2022年得分, 2023年得分)', async () => {
      await short.getByRole('tab', { name: '汇总排名' }).click();
      const csv = '单位名称,2022年得分,2023年得分\n甲县,80,90\n乙县,70,95\n丙县,60,50\n';
      await short.getByLabel('选择成绩表').setInputFiles({ name: '成绩.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await short.getByText(/没有名为“总分”的列，可能的分数列：B 列“2022年得分”、C 列“2023年得分”/).waitFor();
      await expect(short.getByRole('table', { name: '全部排名' }).count()).resolves.toBe(0);
      await short.getByLabel(/^总分列/).selectOption({ label: '2023年得分' });
      const table = short.getByRole('table', { name: '全部排名' });
      await expect(table.getByRole('row').nth(1).innerText()).resolves.toMatch(/1\s*乙县\s*95/);
      await expect(inView('下载排名表')).resolves.toBe(true);
    });
  });
});
