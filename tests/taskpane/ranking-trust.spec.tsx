// @vitest-environment jsdom
/**
 * Issue 13 point 4: a ranking from an uploaded table cannot be taken for complete when rows were left
 * out, and a table with no rankable row gives no ranking to download.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { UploadScoresForm } from '../../src/taskpane/components/UploadScoresForm';
import { ui } from './dom-setup';
import { jsdomFile } from '../support/jsdom-file';

function upload(name: string, bytes: Uint8Array | string, inputName = '选择成绩表'): void {
  const input = screen.getByLabelText(inputName) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [jsdomFile(bytes, name)], configurable: true });
  fireEvent.change(input);
}

describe('上传成绩表: results people can trust', () => {
  it('puts the rows left out above the result and asks before downloading', async () => {
    ui(<UploadScoresForm />);
    upload('成绩.csv', '单位名称,总分\n甲县,九十\n乙县,\n丙县,120\n丁县,88\n戊县,75\n');
    const warning = await screen.findByText(/有 3 处问题，相应的行未参加排名；排名和合格率只按其余 2 个网站计算/);
    const bar = warning.closest('.fui-MessageBar') as HTMLElement;
    expect(within(bar).getByText(/第 2 行：“甲县”的总分 “九十” 不是数字/)).toBeTruthy();
    expect(within(bar).getByText(/第 3 行：“乙县”没有总分/)).toBeTruthy();
    expect(within(bar).getByText(/第 4 行：“丙县”的总分 120 不在 0–110 分之间/)).toBeTruthy();
    // The warning comes before the result in the page.
    const result = screen.getByRole('region', { name: '排名结果' });
    expect(bar.compareDocumentPosition(result) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const download = screen.getByRole('button', { name: '下载排名表' }) as HTMLButtonElement;
    expect(download.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: /我已知晓有 3 处问题的行未参加排名/ }));
    await waitFor(() => expect((screen.getByRole('button', { name: '下载排名表' }) as HTMLButtonElement).disabled).toBe(false));
  });

  it('gives no ranking for the add-in’s own workbook whose totals were never calculated, and says why', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('汇总');
    sheet.addRow(['单位名称', '总分']);
    for (let r = 2; r <= 16; r++) {
      sheet.getCell(r, 1).value = `第${r}县`;
      sheet.getCell(r, 2).value = { formula: `SUM(C${r}:D${r})` } as ExcelJS.CellFormulaValue;
    }
    ui(<UploadScoresForm />);
    upload('评分表.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    await screen.findByText(/请先在 Excel 或 WPS 中打开并保存该文件/);
    expect(screen.queryByRole('button', { name: '下载排名表' })).toBeNull();
    expect(screen.queryByText(/共 0 个网站/)).toBeNull();
  });

  it('reads the same file again when it is chosen again', async () => {
    ui(<UploadScoresForm />);
    upload('成绩.csv', '单位名称,总分\n甲县,90\n');
    await screen.findByRole('region', { name: '排名结果' });
    expect((screen.getByLabelText('选择成绩表') as HTMLInputElement).value).toBe('');
    expect(screen.getByText('已选择：成绩.csv')).toBeTruthy();
    // The result's heading takes the focus (issue 13 point 1), and the file button names its hint.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: '排名结果' }));
    const button = screen.getByRole('button', { name: '选择文件…' });
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toMatch(/CSV 或 \.xlsx/);
  });

  it('writes the region word the office gives into the notice', async () => {
    ui(<UploadScoresForm />);
    upload('成绩.csv', '单位名称,总分\n甲县,90\n乙县,50\n');
    await screen.findByRole('region', { name: '排名结果' });
    const notice = () => (screen.getByLabelText('通报文字（可复制）') as HTMLTextAreaElement).value;
    expect(notice()).toMatch(/^评估结果显示，全区政府网站/);
    fireEvent.change(screen.getByLabelText('通报中的地区称谓'), { target: { value: '全市' } });
    await waitFor(() => expect(notice()).toMatch(/^评估结果显示，全市政府网站合格率为50\.00%。/));
  });
});

describe('上传成绩表: at parity with Excel mode', () => {
  it('compares with last year’s table when one is chosen: rank changes and the pass-rate change in the notice', async () => {
    ui(<UploadScoresForm />);
    upload('2023.csv', '单位名称,总分\n甲县,90\n乙县,50\n丙县,70\n');
    await screen.findByRole('region', { name: '排名结果' });
    const notice = () => (screen.getByLabelText('通报文字（可复制）') as HTMLTextAreaElement).value;
    expect(notice()).toMatch(/^评估结果显示，全区政府网站合格率为66\.67%。/);
    expect(notice()).not.toMatch(/上年/);
    // Last year: 甲县 failed (50) and was last; the pass rate was one in three.
    upload('2022.csv', '单位名称,总分\n甲县,50\n乙县,55\n丙县,70\n', '选择上年成绩表');
    await screen.findByText(/已读取上年表格：3 行/);
    await waitFor(() => expect(notice()).toMatch(/^评估结果显示，全区政府网站合格率为66\.67%，比上年上升33\.3\d个百分点/));
    expect(notice()).toMatch(/与上年相比，.*甲县.*从第3名上升到第1名/);
    // 不与上年比较 takes it away again.
    fireEvent.click(screen.getByRole('button', { name: '不与上年比较' }));
    await waitFor(() => expect(notice()).not.toMatch(/上年/));
    // A file that is not a score table says so and changes nothing.
    upload('上年.csv', '甲,乙\n1,2\n', '选择上年成绩表');
    await screen.findByText(/^上年表格：/);
    expect(notice()).not.toMatch(/上年/);
  });

  it('lets the user pick the score column and the tie policy, ranks again, and copies the notice', async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void written.push(text) }, configurable: true });
    ui(<UploadScoresForm />);
    upload('成绩.csv', '单位名称,总分,复核分\n甲县,90,70\n乙县,80,95\n丙县,80,60\n');
    await screen.findByRole('region', { name: '排名结果' });
    const firstRow = () => within(screen.getByRole('table', { name: '全部排名' })).getAllByRole('row')[1].textContent;
    expect(firstRow()).toMatch(/1甲县90\.00/);
    fireEvent.change(screen.getByLabelText(/^总分列/), { target: { value: '2' } });
    await waitFor(() => expect(firstRow()).toMatch(/1乙县95\.00/));
    fireEvent.change(screen.getByLabelText(/^总分列/), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('radio', { name: /中国式排名/ }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: '全部排名' })).getAllByRole('row')[3].textContent).toMatch(/^2（并列）/));
    fireEvent.click(screen.getByRole('button', { name: '复制通报文字' }));
    await screen.findByText('通报文字已复制。');
    expect(written[0]).toMatch(/^评估结果显示，全区政府网站合格率为100\.00%。/);
  });
});

describe('上传成绩表: the wrong file', () => {
  it.each([
    ['图片.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), '这是一张图片，不是成绩表'],
    ['模板.csv', '{ "id": "gx-2023-county" }', '这像是一个指标模板（JSON）文件，不是成绩表'],
    ['空.csv', '', '文件是空的。'],
  ])('%s: says what the file is', async (name, bytes, message) => {
    ui(<UploadScoresForm />);
    upload(name, bytes);
    await screen.findByText(new RegExp(message.replace(/[()（）.]/g, '.')));
    expect(screen.queryByText(/未找到表头/)).toBeNull();
  });
});
