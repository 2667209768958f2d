/**
 * What every view of the pane is rendered in: Fluent's theme and its AriaLiveAnnouncer. Fluent's
 * MessageBar announces its text to screen readers only inside an AriaLiveAnnouncer, so without it
 * a person using a screen reader hears nothing after 插入评分表 or 生成排名 (issue 13 point 7).
 */
import type { ReactNode } from 'react';
import { AriaLiveAnnouncer, FluentProvider, webLightTheme } from '@fluentui/react-components';

export function PaneRoot({ children }: { children: ReactNode }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <AriaLiveAnnouncer>{children}</AriaLiveAnnouncer>
    </FluentProvider>
  );
}
