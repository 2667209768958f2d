/**
 * Choosing several files (汇总评分表: the evaluators' workbooks), as FilePicker chooses one: a Fluent
 * button, the hint tied to it, the hidden native input (`multiple`) with its own name. Each choice
 * adds to the list (the same file twice is listed once); every file can be removed again, or all.
 */
import { useId, useRef } from 'react';
import { Button, Caption1, Label, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface MultiFilePickerProps {
  label: string;
  hint: string;
  accept: string;
  /** The hidden input's accessible name (tests and assistive technology reach it by this). */
  inputName: string;
  files: readonly File[];
  onChange: (files: File[]) => void;
  disabled?: boolean;
}

const sameFile = (a: File, b: File) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

export function MultiFilePicker({ label, hint, accept, inputName, files, onChange, disabled }: MultiFilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const labelId = useId();
  return (
    <div className={styles.root} role="group" aria-labelledby={labelId}>
      <Label id={labelId}>{label}</Label>
      <div className={styles.row}>
        <Button onClick={() => input.current?.click()} aria-describedby={hintId} disabled={disabled}>
          选择文件…
        </Button>
        <Caption1>{files.length === 0 ? '未选择文件' : `已选择 ${files.length} 个文件`}</Caption1>
        {files.length > 1 && (
          <Button appearance="subtle" size="small" onClick={() => onChange([])} disabled={disabled}>
            全部移除
          </Button>
        )}
      </div>
      <Caption1 id={hintId}>{hint}</Caption1>
      {files.length > 0 && (
        <ul className={styles.list} aria-label={`${label}：已选择的文件`}>
          {files.map((file, index) => (
            <li key={`${file.name}-${file.size}-${file.lastModified}`} className={styles.item}>
              <Caption1 className={styles.name}>{file.name}</Caption1>
              <Button appearance="subtle" size="small" aria-label={`移除 ${file.name}`} onClick={() => onChange(files.filter((_, i) => i !== index))} disabled={disabled}>
                移除
              </Button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple
        accept={accept}
        aria-label={inputName}
        aria-describedby={hintId}
        tabIndex={-1}
        onChange={(event) => {
          const chosen = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = '';
          if (chosen.length === 0) return;
          onChange([...files, ...chosen.filter((file) => !files.some((f) => sameFile(f, file)))]);
        }}
      />
    </div>
  );
}
