/**
 * The schema of the indicator templates in `indicators/`.
 *
 * Three kinds of template share one file format, told apart by `kind`:
 * - `scoring`: an indicator tree (level 1 → 2 → 3) with weights, examined content and leaf rules;
 * - `department-scope`: per-department scope data (主动公开 items, 重点领域 sub-weights, query services);
 * - `task-split`: a task-split table (indicator → 指标说明 → 对应栏目 → 责任单位).
 *
 * Numbers are transcribed as the source document states them. A number the document lost is `null`;
 * the checker reports it. Nothing here is corrected to make a total come out.
 */
import { z } from 'zod';

const text = z.string().min(1);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id 只能包含小写字母、数字和连字符');

export const sourceSchema = z
  .object({
    file: text.describe('source document file name, e.g. 000_3d169eac88b04666.txt'),
    section: text.describe('section of the document, e.g. 一、自治区部门网站评估指标'),
  })
  .strict();

/** A numbered point of the examined content; `share` in percent of the indicator's weight. */
export interface Point {
  text: string;
  share?: number | null;
  /** Alternative shares: the point scores one of these, e.g. answered within 1 day → 50, within 5 → 20. */
  alternatives?: { text: string; share: number }[];
  /** Nested split: the point's share divided among sub-points. */
  points?: Point[];
  /** How the point's attainment (0…1) is measured where the text says so (service form, ratio, threshold). */
  rule?: Rule;
}

export const pointSchema: z.ZodType<Point> = z.lazy(() =>
  z
    .object({
      text: text,
      share: z.number().nullable().optional(),
      alternatives: z.array(z.object({ text: text, share: z.number() }).strict()).min(2).optional(),
      points: z.array(pointSchema).min(1).optional(),
      rule: z.lazy(() => ruleSchema).optional(),
    })
    .strict(),
);

const rate = z.object({ label: text, points: z.number() }).strict();

/** One capped clause: "每受到1次表彰加1分，累计最高加2分"; several rates share one cap. */
const clause = z
  .object({
    text: z.string().optional().describe('the clause as the document states it'),
    rates: z.array(rate).min(1),
    cap: z.number().nullable().describe('累计最高; null where the document gives none'),
  })
  .strict();

/** One rate of a share-of-weight deduction: what is counted, as the document words it, and its percent. */
const shareRate = z
  .object({
    label: text.describe('what is counted, e.g. 每被中央媒体曝光一次'),
    sharePerEvent: z.number().describe('percent of the weight deducted per event'),
  })
  .strict();

/** The scoring rule of a leaf (see the rule catalogue in the domain guide). */
export const ruleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('judged') }).strict(),
  z.object({ type: z.literal('split') }).strict(),
  z.object({ type: z.literal('veto') }).strict(),
  z.object({ type: z.literal('newmedia-supervision') }).strict(),
  z
    .object({
      type: z.literal('capped-per-event'),
      direction: z.enum(['bonus', 'deduction']),
      clauses: z.array(clause).min(1).describe('the score is the sum of the clauses, at most the weight'),
    })
    .strict(),
  z
    .object({
      type: z.literal('share-deduction'),
      sharePerEvent: z.number().optional().describe('percent of the weight deducted per event (one rate)'),
      rates: z.array(shareRate).min(1).optional().describe('several rates, each counted on its own (每被国务院办公厅通报…扣权重的 50%；每被省政府办公厅…5%)'),
      capShare: z.number().describe('percent of the weight deducted at most, all rates together (100 = 扣完为止)'),
    })
    .strict()
    .refine((rule) => (rule.sharePerEvent === undefined) !== (rule.rates === undefined), {
      message: '按权重比例扣分的规则应写 sharePerEvent（一种扣分比例）或 rates（几种扣分比例）之一，且只写一个',
    }),
  z
    .object({
      type: z.literal('count-tiers'),
      tiers: z.array(z.object({ min: z.number(), fraction: z.number() }).strict()).min(1),
    })
    .strict(),
  z
    .object({
      type: z.literal('service-form'),
      forms: z.array(z.object({ label: text, fraction: z.number() }).strict()).min(2),
    })
    .strict(),
  z.object({ type: z.literal('ratio'), numerator: text, denominator: text }).strict(),
  z.object({ type: z.literal('threshold-count'), threshold: z.number() }).strict(),
  z.object({ type: z.literal('quarter-health'), quarters: z.number().default(4) }).strict(),
  z
    .object({
      type: z.literal('best-cases'),
      k: z.number().nullable(),
      perCaseCap: z.number().nullable(),
      totalCap: z.number().nullable(),
    })
    .strict(),
  z
    .object({
      type: z.literal('sub-weights'),
      items: z
        .array(z.object({ label: text, weight: z.number() }).strict())
        .min(1)
        .describe('parts judged separately, each 0…its weight; the score is their sum (a department’s 重点领域 with their sub-weights, 附录1)'),
    })
    .strict(),
  z
    .object({
      type: z.literal('query-services'),
      services: z
        .array(text)
        .min(1)
        .describe('the services the site must offer (附录2): each is 未提供 or a service form; see rules/query-services.ts for the reading'),
    })
    .strict(),
  z
    .object({
      type: z.literal('contest'),
      fullScore: z.number().nullable().describe('full score of the contest; null where the document does not state it (100 is then assumed when scoring)'),
    })
    .strict(),
]);
export type Rule = z.infer<typeof ruleSchema>;

const redistributionSchema = z
  .object({
    when: text.describe('the condition, as the document states it'),
    to: z.union([
      z.literal('siblings').describe('spread evenly over the sibling indicators'),
      z.object({ indicator: id.describe('id of the indicator that receives the weight') }).strict(),
    ]),
  })
  .strict();

const appendixSchema = z
  .object({
    ref: text.describe('how the indicator refers to it, e.g. 附录一'),
    title: text,
    items: z.array(text).min(1),
  })
  .strict();

export interface IndicatorNode {
  id: string;
  name: string;
  weight?: number | null;
  part?: 'base' | 'bonus' | 'deduction';
  content?: string;
  points?: Point[];
  extraCredit?: string[];
  extraDeduction?: string[];
  notes?: string[];
  vetoes?: string[];
  rule?: Rule;
  redistribution?: z.infer<typeof redistributionSchema>;
  alternative?: { group: string; when: string };
  appendix?: z.infer<typeof appendixSchema>[];
  children?: IndicatorNode[];
}

export const indicatorNodeSchema: z.ZodType<IndicatorNode> = z.lazy(() =>
  z
    .object({
      id: id,
      name: text,
      weight: z
        .number()
        .nullable()
        .optional()
        .describe('points; null where the document lost it; absent on a parent whose weight the document does not state'),
      part: z
        .enum(['base', 'bonus', 'deduction'])
        .optional()
        .describe('set on the highest node of the bonus or deduction part; descendants inherit; default base'),
      content: z.string().optional().describe('指标说明 / 评估内容 lead text'),
      points: z.array(pointSchema).optional(),
      extraCredit: z.array(text).optional().describe('额外加分'),
      extraDeduction: z.array(text).optional().describe('额外扣分'),
      notes: z.array(text).optional().describe('注'),
      vetoes: z.array(text).optional().describe('conditions under which the indicator scores 0'),
      rule: ruleSchema.optional().describe('leaves only'),
      redistribution: redistributionSchema.optional(),
      alternative: z
        .object({ group: text, when: text })
        .strict()
        .optional()
        .describe('siblings of one group are alternatives: only one applies to a site'),
      appendix: z.array(appendixSchema).optional(),
      children: z.array(indicatorNodeSchema).optional(),
    })
    .strict(),
);

const totalsSchema = z
  .object({
    base: z.number().nullable(),
    bonus: z.number().nullable(),
    deduction: z.number().nullable().describe('positive number of points'),
  })
  .strict();

const commonFields = {
  $schema: z.string().optional(),
  id: id,
  title: text,
  edition: z.number().int().nullable().describe('edition year; null where the document gives none'),
  region: text,
  source: sourceSchema,
  notes: z.array(text).optional(),
};

export const scoringTemplateSchema = z
  .object({
    ...commonFields,
    kind: z.literal('scoring'),
    siteKind: z.enum(['department', 'city', 'county', 'municipal-department']),
    passLine: z.number(),
    statedTotals: totalsSchema.describe('the totals the document states'),
    indicators: z.array(indicatorNodeSchema).min(1),
  })
  .strict();

export const departmentScopeSchema = z
  .object({
    ...commonFields,
    kind: z.literal('department-scope'),
    linkedTemplate: id,
    keyInfoIndicator: id.describe('id of the indicator whose weight the 重点领域 sub-weights add up to'),
    departments: z
      .array(
        z
          .object({
            name: text,
            disclosure: z.array(text).describe('主动公开 items examined'),
            keyAreas: z
              .array(
                z
                  .object({ name: text, weight: z.number().nullable(), points: z.array(text) })
                  .strict(),
              )
              .nullable()
              .describe('null = 不考核'),
            keyAreasNote: z.string().optional(),
            queryServices: z.array(text).describe('便民查询服务 list of 附录2'),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const taskSplitTemplateSchema = z
  .object({
    ...commonFields,
    kind: z.literal('task-split'),
    linkedTemplate: id.optional().describe('id of the scoring template the task split covers (for the coverage check)'),
    rows: z
      .array(
        z
          .object({
            id: id,
            level1: text,
            level2: z.string().nullable().describe('null where the table says ——'),
            level3: z.string().nullable().describe('null where the table says ——'),
            description: z.string(),
            column: z.string().nullable().describe('对应栏目及工作要求; null where ——'),
            responsible: z.string().nullable().describe('the 责任单位 cell as written; null where ——'),
            units: z.array(text).describe('the units named in the cell, collectives kept as such'),
            mergedFromAbove: z
              .array(z.enum(['column', 'responsible']))
              .optional()
              .describe('cells that were empty because the table merged them with the row above'),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const templateSchema = z.discriminatedUnion('kind', [
  scoringTemplateSchema,
  departmentScopeSchema,
  taskSplitTemplateSchema,
]);

export type Template = z.infer<typeof templateSchema>;
export type ScoringTemplate = z.infer<typeof scoringTemplateSchema>;
export type DepartmentScopeTemplate = z.infer<typeof departmentScopeSchema>;
export type TaskSplitTemplate = z.infer<typeof taskSplitTemplateSchema>;
