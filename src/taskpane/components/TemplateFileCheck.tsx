import { useState } from 'react';
import { parseTemplateJson } from '../../core/template-loader';
import { decodeText, looksBinary } from '../../core/text-input';
import { checkTemplate, leafCount, type CheckReport } from '../../core/template-checker';
import type { Template } from '../../core/template-schema';
import { TemplateReport } from '../TemplateReport';
import { FilePicker } from './FilePicker';

/**
 * Checks a template file the user picks (read on this machine, never uploaded): decoded as every text
 * file is (BOM, UTF-16, GBK), the result labelled with the chosen file, the input cleared so the same
 * file can be checked again after fixing it.
 */
export function TemplateFileCheck({ known }: { known: ReadonlyMap<string, Template> }) {
  const [result, setResult] = useState<{ name: string; template: Template | null; report: CheckReport } | null>(null);
  const onFile = async (file: File) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const loaded = looksBinary(bytes)
      ? { ok: false as const, issues: [{ severity: 'error' as const, code: 'not-text', path: '', message: '这不是文本文件（可能是图片、压缩包或 Excel 工作簿）：模板是 .json 文本文件。成绩表请在“上传成绩表”中选择。' }] }
      : parseTemplateJson(decodeText(bytes));
    if (loaded.ok) setResult({ name: file.name, template: loaded.template, report: checkTemplate(loaded.template, (id) => known.get(id)) });
    else setResult({ name: file.name, template: null, report: { template: file.name, totals: null, issues: loaded.issues } });
  };
  return (
    <section aria-label="检查模板文件">
      <FilePicker label="检查模板文件" hint=".json 模板文件；只在本机读取，不上传。" accept=".json,application/json" inputName="选择模板文件" onFile={(file) => void onFile(file)} />
      {result && (
        <TemplateReport
          source={{ file: result.name, section: result.template ? `${result.template.title}（原文：${result.template.source.file}，${result.template.source.section}）` : '无法读取' }}
          report={result.report}
          leaves={result.template ? leafCount(result.template) : 0}
        />
      )}
    </section>
  );
}
