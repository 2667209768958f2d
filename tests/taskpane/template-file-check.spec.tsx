// @vitest-environment jsdom
/** Issue 13 point 5: a template file the user picks gets Chinese messages that say what is wrong, and the result names that file. */
import { fireEvent, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { TemplateFileCheck } from '../../src/taskpane/components/TemplateFileCheck';
import { ui } from './dom-setup';
import { jsdomFile } from '../support/jsdom-file';

const valid = readFileSync(join(__dirname, '../fixtures/templates/valid.basic.json'), 'utf8');

function pick(name: string, bytes: Uint8Array | string): HTMLInputElement {
  const input = screen.getByLabelText('选择模板文件') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [jsdomFile(bytes, name)], configurable: true });
  fireEvent.change(input);
  return input;
}

describe('检查模板文件', () => {
  it('says a CSV is not a template, in Chinese', async () => {
    ui(<TemplateFileCheck known={new Map()} />);
    pick('成绩.json', '单位名称,总分\n甲县,90\n');
    await screen.findByText(/不像模板文件/);
    expect(screen.queryByText(/Unexpected token|not valid JSON/)).toBeNull();
  });

  it('says an image is not a text file', async () => {
    ui(<TemplateFileCheck known={new Map()} />);
    pick('图.json', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await screen.findByText(/这不是文本文件/);
  });

  it('reads a GBK template, names the chosen file, and can read the same file again', async () => {
    ui(<TemplateFileCheck known={new Map()} />);
    const input = pick('我的模板.json', new Uint8Array(iconv.encode(valid, 'gbk')));
    await screen.findByText(/来源：我的模板\.json/);
    expect(screen.getByText('校验通过')).toBeTruthy();
    expect(input.value).toBe('');
  });

  it('shows schema problems by indicator name, without zod’s English', async () => {
    const broken = JSON.parse(valid);
    broken.indicators[0].children[0].weight = '5';
    ui(<TemplateFileCheck known={new Map()} />);
    pick('坏模板.json', JSON.stringify(broken));
    await screen.findByText(/发布解读 › 基础信息 › 权重：类型不对/);
    expect(screen.queryByText(/Invalid input|indicators\.0/)).toBeNull();
  });
});
