// @vitest-environment jsdom
/** The pane names the host it works in: Excel, WPS, or a plain browser (one pane for all three). */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import { App } from '../../src/taskpane/App';
import { fakeWorkbook } from './fake-operations';
import { ui } from './dom-setup';

const templates = loadTemplateFiles().slice(0, 1);
afterEach(cleanup);

describe('the host the pane names', () => {
  it('says Excel when Excel operations are given without a host (the existing Excel start)', () => {
    ui(<App templates={templates} operations={fakeWorkbook()} />);
    expect(screen.getByText('已连接 Excel。')).toBeTruthy();
  });

  it('says WPS 表格 in WPS', () => {
    ui(<App templates={templates} operations={fakeWorkbook()} host="wps" />);
    expect(screen.getByText('已连接 WPS 表格。')).toBeTruthy();
    expect(screen.queryByText(/已连接 Excel/)).toBeNull();
  });

  it('says it runs in a browser, whatever host is named, when there are no workbook operations', () => {
    ui(<App templates={templates} operations={null} host="wps" />);
    expect(screen.getByText(/当前在浏览器中运行（未连接 Excel 或 WPS）/)).toBeTruthy();
  });
});
