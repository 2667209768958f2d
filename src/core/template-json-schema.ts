import { z } from 'zod';
import { templateSchema } from './template-schema';

/** The JSON Schema of template files, generated from the zod schema (the one source of truth). */
export function templateJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(templateSchema, { io: 'input', unrepresentable: 'any' }),
    title: '政府网站绩效评估指标模板',
  };
}
