/**
 * What every view of the pane is rendered in: Fluent's theme and its AriaLiveAnnouncer. Fluent's
 * MessageBar announces its text to screen readers only inside an AriaLiveAnnouncer, so without it
 * a person using a screen reader hears nothing after 插入评分表 or 生成排名 (issue 13 point 7).
 * The theme is light, or dark when the Office theme is (office-theme.ts); the provider fills the
 * pane's height so that no white band shows below a dark pane.
 */
import type { ReactNode } from 'react';
import { AriaLiveAnnouncer, FluentProvider } from '@fluentui/react-components';
import { FLUENT_THEMES, type PaneThemeName } from './office-theme';

export function PaneRoot({ children, theme = 'light' }: { children: ReactNode; theme?: PaneThemeName }) {
  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} style={{ minHeight: '100vh' }} data-pane-theme={theme}>
      <AriaLiveAnnouncer>{children}</AriaLiveAnnouncer>
    </FluentProvider>
  );
}
