import { useState } from 'react';
import { Field } from '@fluentui/react-components';
import { parseTemplateJson } from '../../core/template-loader';
import { checkTemplate, leafCount, type CheckReport } from '../../core/template-checker';
import type { Template } from '../../core/template-schema';
import { TemplateReport } from '../TemplateReport';

/** Checks a template file the user picks (read on this machine, never uploaded). */
export function TemplateFileCheck({ known }: { known: ReadonlyMap<string, Template> }) {
  const [result, setResult] = useState<{ name: string; template: Template | null; report: CheckReport } | null>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const loaded = parseTemplateJson(await file.text());
    if (loaded.ok) setResult({ name: file.name, template: loaded.template, report: checkTemplate(loaded.template, (id) => known.get(id)) });
    else setResult({ name: file.name, template: null, report: { template: file.name, totals: null, issues: loaded.issues } });
  };
  return (
    <section aria-label="检查模板文件">
      <Field label="检查模板文件（.json，只在本机读取）">
        <input type="file" accept=".json,application/json" aria-label="选择模板文件" onChange={(e) => void onFile(e.target.files?.[0])} />
      </Field>
      {result && (
        <TemplateReport
          source={result.template?.source ?? { file: result.name, section: '无法读取' }}
          report={result.report}
          leaves={result.template ? leafCount(result.template) : 0}
        />
      )}
    </section>
  );
}
