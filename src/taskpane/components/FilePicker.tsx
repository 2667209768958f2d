/**
 * Choosing a file with a Fluent button instead of the browser's unstyled "Choose File" control
 * (issue 13 point 5): the button says what to choose, the hint (formats, read only on this machine)
 * is tied to it with aria-describedby, and the chosen file's name is shown. The native input stays in
 * the page, hidden, with its own name, and is cleared after each choice so that the same file can be
 * chosen again after it was fixed.
 */
import { useId, useRef, useState } from 'react';
import { Button, Caption1, Label, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface FilePickerProps {
  label: string;
  hint: string;
  accept: string;
  /** The hidden input's accessible name (tests and assistive technology reach it by this). */
  inputName: string;
  /** The button's text where a form has two pickers (default 选择文件…). */
  buttonText?: string;
  onFile: (file: File) => void;
}

export function FilePicker({ label, hint, accept, inputName, buttonText = '选择文件…', onFile }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <div className={styles.root}>
      <Label>{label}</Label>
      <div className={styles.row}>
        <Button onClick={() => input.current?.click()} aria-describedby={hintId}>
          {buttonText}
        </Button>
        <Caption1>{chosen ? `已选择：${chosen}` : '未选择文件'}</Caption1>
      </div>
      <Caption1 id={hintId}>{hint}</Caption1>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={accept}
        aria-label={inputName}
        aria-describedby={hintId}
        tabIndex={-1}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (!file) return;
          setChosen(file.name);
          onFile(file);
        }}
      />
    </div>
  );
}
