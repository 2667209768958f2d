// @vitest-environment jsdom
/**
 * The site list checked before generating, in 插入评分表 (Excel) and 下载评分表 (browser): errors block
 * the button with their messages, cleaned names are reported, sheet tabs that will get another name
 * are listed as they will be named, and a template the checker rejects needs a tick first.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import type { ScoringTemplate } from '../../src/core/template-schema';
import { InsertScoringForm } from '../../src/taskpane/components/InsertScoringForm';
import { DownloadScoringForm } from '../../src/taskpane/components/DownloadScoringForm';
import { reviewSiteList } from '../../src/taskpane/site-list-review';
import { fakeWorkbook } from './fake-operations';
import { ui } from './dom-setup';

const templates = loadTemplateFiles().flatMap(({ result }) => (result.ok ? [result.template] : []));
const county = templates.find((t) => t.id === 'gx-2023-county') as ScoringTemplate;
const xianning = templates.find((t) => t.id === 'xianning-2023-department') as ScoringTemplate;

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
const type = (text: string) => fireEvent.change(screen.getByRole('textbox', { name: /网站名称/ }), { target: { value: text } });
const LONG = '某某省某某市某某县人民政府办公室主办的某某县人民政府门户网站（政务公开专栏）';

describe('插入评分表 checks the site list first', () => {
  it('blocks the button on a duplicate, a name too long and too many sites, with the messages', async () => {
    const workbook = fakeWorkbook();
    ui(<InsertScoringForm template={county} operations={workbook} onInserted={() => undefined} />);
    type('甲县\n乙县\n甲县');
    expect(screen.getByText('第 3 行 “甲县” 与第 1 行重复。')).toBeTruthy();
    expect(screen.getByText(/网站名单有 1 处问题，改正后才能插入/)).toBeTruthy();
    expect(button('插入评分表').disabled).toBe(true);
    fireEvent.click(button('插入评分表'));
    expect(workbook.inserted).toEqual([]);

    type(`甲县\n${'长'.repeat(201)}`);
    expect(screen.getByText(/第 2 行的网站名称有 201 个字符，超过上限 200/)).toBeTruthy();
    expect(button('插入评分表').disabled).toBe(true);

    type(Array.from({ length: 1001 }, (_, i) => `网站${i + 1}`).join('\n'));
    expect(screen.getByText(/网站名单有 1001 个网站，超过上限 1000/)).toBeTruthy();
    expect(button('插入评分表').disabled).toBe(true);

    type('甲县\n乙县');
    expect(screen.queryByText(/改正后才能插入/)).toBeNull();
    expect(button('插入评分表').disabled).toBe(false);
    fireEvent.click(button('插入评分表'));
    await screen.findByText(/已插入 3 个工作表/);
  });

  it('says which invisible characters were removed, and still inserts', async () => {
    const workbook = fakeWorkbook();
    ui(<InsertScoringForm template={county} operations={workbook} onInserted={() => undefined} />);
    type('甲县\u200B\n乙县');
    expect(screen.getByText('第 1 行 “甲县” 含有不可见字符或控制字符，已删除。')).toBeTruthy();
    expect(button('插入评分表').disabled).toBe(false);
    fireEvent.click(button('插入评分表'));
    await screen.findByText(/已插入 3 个工作表：汇总、甲县、乙县/);
  });

  it('lists the sheet tabs that will be named differently, exactly as they are then inserted', async () => {
    const workbook = fakeWorkbook({ existing: ['丁县'] });
    ui(<InsertScoringForm template={county} operations={workbook} onInserted={() => undefined} />);
    await act(async () => undefined); // the workbook's sheet names are read when the form opens
    type(['甲县/乙县*', LONG, '汇总', 'History', '丁县', '丙县'].join('\n'));
    const listed = [
      ['甲县/乙县*', '甲县乙县', '工作表名不能含'],
      [LONG, Array.from(LONG).slice(0, 31).join(''), '工作表名最多 31 个字'],
      ['汇总', '汇总(2)', '与汇总表同名'],
      ['History', 'History(2)', 'History 是 Excel 保留的工作表名'],
      ['丁县', '丁县(2)', '工作簿中已有同名工作表'],
    ];
    await waitFor(() => expect(screen.getByText(/“丁县”的工作表名将改为“丁县\(2\)”/)).toBeTruthy());
    for (const [site, sheet, reason] of listed) {
      const line = screen.getByText((_, element) => element?.tagName === 'LI' && (element.textContent ?? '').startsWith(`“${site}”的工作表名将改为“${sheet}”（`));
      expect(line.textContent).toContain(reason);
    }
    expect(screen.queryByText(/“丙县”的工作表名/)).toBeNull();
    fireEvent.click(button('插入评分表'));
    await screen.findByText(/已插入 7 个工作表/);
    expect(workbook.inserted[0].sheets.map((s) => s.name)).toEqual(['汇总', ...listed.map(([, sheet]) => sheet), '丙县']);
  });

  it('asks for a tick before inserting from a template with errors', async () => {
    const workbook = fakeWorkbook();
    const { rerender } = ui(<InsertScoringForm template={xianning} operations={workbook} onInserted={() => undefined} />);
    expect(screen.getByText('此模板有 11 处错误')).toBeTruthy();
    expect(button('插入评分表').disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: '仍按此模板生成（分数可能不对）' }));
    expect(button('插入评分表').disabled).toBe(false);
    fireEvent.click(button('插入评分表'));
    await screen.findByText(/已插入 1 个工作表/);
    expect(workbook.inserted).toHaveLength(1);
    rerender(<InsertScoringForm template={county} operations={workbook} onInserted={() => undefined} />);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByText(/此模板有/)).toBeNull();
  });
});

describe('下载评分表 checks the site list first', () => {
  it('blocks on a duplicate, lists renamed tabs and asks for a tick for a template with errors', () => {
    const { rerender } = ui(<DownloadScoringForm template={county} />);
    type('甲县\n甲县');
    expect(screen.getByText('第 2 行 “甲县” 与第 1 行重复。')).toBeTruthy();
    expect(screen.getByText(/改正后才能生成/)).toBeTruthy();
    expect(button('下载评分表').disabled).toBe(true);
    type('甲县\n汇总');
    expect(screen.getByText(/“汇总”的工作表名将改为“汇总\(2\)”（与汇总表同名）/)).toBeTruthy();
    expect(button('下载评分表').disabled).toBe(false);
    expect(screen.queryByRole('checkbox')).toBeNull();

    rerender(<DownloadScoringForm template={xianning} />);
    expect(screen.getByText('此模板有 11 处错误')).toBeTruthy();
    expect(button('下载评分表').disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: '仍按此模板生成（分数可能不对）' }));
    expect(button('下载评分表').disabled).toBe(false);
  });
});

describe('reviewSiteList', () => {
  it('names no rename for a list the sheets take as typed, and the summary only with two sites', () => {
    expect(reviewSiteList('甲县\n乙县').renames).toEqual([]);
    expect(reviewSiteList('汇总').renames).toEqual([]);
    expect(reviewSiteList('汇总\n甲县').renames).toEqual([{ site: '汇总', sheetName: '汇总(2)', reasons: ['与汇总表同名'] }]);
    expect(reviewSiteList('a/b\nab').renames).toEqual([
      { site: 'a/b', sheetName: 'ab', reasons: ['工作表名不能含 / \\ * [ ] : ?'] },
      { site: 'ab', sheetName: 'ab(2)', reasons: ['与名单中前面的网站的工作表同名'] },
    ]);
  });
});
