/**
 * A tab's primary action in a footer that stays at the bottom of the pane while the tab's content
 * scrolls (issue 13): 插入评分表, 生成排名 or 下载排名表 is in view whatever the length of the site list,
 * the problems or the ranking above it. CSS `position: sticky` keeps it inside its own form: once
 * the form has scrolled past, the footer goes with it. Its top border and background separate it
 * from the content scrolling under it, in the theme's colours.
 */
import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  bar: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function ActionBar({ label, children }: { label: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={label} className={styles.bar} data-action-bar="">
      {children}
    </div>
  );
}
