/** Issue 13 point 4: the notice names the region the office writes for, and says when rows were left out. */
import { describe, expect, it } from 'vitest';
import { noticeText } from '../../../src/core/ranking/notice-text';
import { rankRows } from '../../../src/core/ranking/rank-engine';

const rows = [
  { name: '甲县', score: 90 },
  { name: '乙县', score: 55 },
  { name: '丙县', score: '九十', where: '第 4 行' },
  { name: '丁县', score: 120, where: '第 5 行' },
];

describe('notice text', () => {
  it('says how many rows were left out', () => {
    const text = noticeText(rankRows(rows));
    expect(text.startsWith('评估结果显示，全区政府网站合格率为50.00%。')).toBe(true);
    expect(text.endsWith('另有2处数据有误，相应的行未参加排名。')).toBe(true);
    expect(noticeText(rankRows(rows.slice(0, 2)))).not.toContain('未参加排名');
  });

  it('uses the region word it is given', () => {
    expect(noticeText(rankRows(rows.slice(0, 2)), { region: '全市' })).toMatch(/^评估结果显示，全市政府网站合格率为50\.00%。/);
  });
});
