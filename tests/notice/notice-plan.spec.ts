import { describe, expect, it } from 'vitest';
import { planNotice } from '../../src/core/notice/notice-plan';
import { fillNoticeTemplate } from '../../src/core/notice/notice-template';
import { rankRows } from '../../src/core/ranking/rank-engine';

const current = [
  { category: 'A类', name: '甲', score: 90 },
  { category: 'A类', name: '乙', score: 80 },
  { category: 'A类', name: '丙', score: 80 },
  { category: 'A类', name: '丁', score: 55.5 },
  { category: 'B类', name: '戊', score: 70 },
  { category: 'B类', name: '己', score: 65, veto: true },
];
const previous = [
  { category: 'A类', name: '甲', score: 60 },
  { category: 'A类', name: '乙', score: 95 },
  { category: 'A类', name: '丙', score: 59 },
  { category: 'A类', name: '丁', score: 50 },
  { category: 'B类', name: '戊', score: 80 },
  { category: 'B类', name: '己', score: 40 },
];

const texts = (plan: ReturnType<typeof planNotice>['plan']) => plan.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');

describe('the notice plan', () => {
  const result = rankRows(current, {}, previous);
  const { plan, problems } = planNotice(result, { year: 2024, issuer: '某市人民政府办公室', region: '全市' });

  it('fills the default template without problems, from the ranking', () => {
    expect(problems).toEqual([]);
    expect(plan.title).toBe('某市人民政府办公室关于2024年度全市政府网站绩效评估情况的通报');
    const body = texts(plan);
    // 4 of 6 passed = 66.67%; last year 3 of 6 = 50.00% → +16.67 points; 2 failed, 3 last year.
    expect(body).toContain('全市政府网站合格率为66.67%，比上年上升16.67个百分点');
    expect(body).toContain('不合格网站2个，比上年减少1个');
    // B类: 1 of 2 (己 vetoed) = 50%, last year 1 of 2 → 持平. No category at 100%.
    expect(body).toContain('B类合格率为50.00%，与上年持平');
    expect(body).not.toContain('全部合格');
    // 甲 1st from 2nd (+1)… 丙 2nd (tied) from 3rd: both rose by 1; 丁 stayed 4th.
    expect(body).toContain('甲（A类，从第2名上升到第1名）、丙（A类，从第3名上升到第2名）');
    expect(body).toContain('低于60分的网站有1个：丁（A类）55.50分。');
    expect(body).toContain('因单项否决不合格的网站有1个：己（B类）。');
  });

  it('has one results table per category with 并列, then the list of failed sites', () => {
    expect(plan.attachments.map((a) => a.label)).toEqual(['附件1', '附件2', '附件3']);
    expect(plan.attachments[0].table.headers).toEqual(['排名', '单位名称', '网址', '总分（满分110分）']);
    expect(plan.attachments[0].table.rows.map((r) => r[0] + r[1])).toEqual(['1甲', '2（并列）乙', '2（并列）丙', '4丁']);
    expect(plan.attachments[2].table.rows.map((r) => r.join('|'))).toEqual(['1|A类|丁|55.50|低于60分', '2|B类|己|65.00|单项否决']);
    expect(plan.blocks.at(-2)).toEqual({ kind: 'attachmentList', titles: plan.attachments.map((a) => a.title) });
  });

  it('places one chart block per chart where {{图表}} stands', () => {
    expect(plan.blocks.filter((b) => b.kind === 'chart').map((b) => (b.kind === 'chart' ? b.id : ''))).toEqual(['pass-rates', 'scores-1', 'scores-2']);
    expect(plan.charts[1]).toMatchObject({ kind: 'scores', names: ['甲', '乙', '丙', '丁'], scores: [90, 80, 80, 55.5] });
  });
});

describe('the text template', () => {
  it('reports an unknown field and an unclosed brace in Chinese with the line, never leaving them silently', () => {
    const { problems } = fillNoticeTemplate('# 标题\n\n合格率{{合格lv}}。\n共{{网站总数}个', { 网站总数: '3' });
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^正文模板第 3 行：未知字段 “\{\{合格lv\}\}”。可用的字段：\{\{网站总数\}\}/),
      expect.stringMatching(/^正文模板第 4 行：“\{\{” 与 “\}\}” 不成对/),
    ]);
  });

  it('reads headings, the addressee and paragraphs; a template without a title is refused', () => {
    const filled = fillNoticeTemplate('# 关于{{年度}}的通报\n各单位：\n## 一、总体情况\n### （一）整改\n正文', { 年度: '2024' });
    expect(filled.blocks.map((b) => b.kind)).toEqual(['title', 'addressee', 'heading1', 'heading2', 'paragraph']);
    expect(filled.title).toBe('关于2024的通报');
    expect(fillNoticeTemplate('正文', {}).problems[0].message).toContain('没有标题');
  });

  it('refuses {{图表}} inside a sentence', () => {
    expect(fillNoticeTemplate('# 题\n见{{图表}}。', {}).problems[0].message).toContain('只能单独占一行');
  });
});
