/**
 * The pane follows the Office theme where Office gives one (issue 13). Microsoft's reference for
 * Office.context.officeTheme (https://learn.microsoft.com/javascript/api/office/office.officetheme):
 * supported in Excel on the web, Windows, Mac and iOS, "not available" on Android; the colours are
 * hex triplets ("#FFA500") of the theme the user picked under File > Account > Office Theme.
 * `isDarkTheme` is documented as a property in the current reference and called as a method in an
 * older example, and is missing from older Office builds, so the body background's lightness
 * decides when it is not a boolean. Office gives no theme: Fluent's light theme, as in a browser.
 */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export interface OfficeThemeColours {
  bodyBackgroundColor?: unknown;
  isDarkTheme?: unknown;
}

export type PaneThemeName = 'light' | 'dark';

/** Relative luminance of "#RRGGBB" (WCAG's formula), or null for anything else. */
function luminance(hex: unknown): number | null {
  if (typeof hex !== 'string') return null;
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const channel = (i: number) => {
    const c = parseInt(match[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function paneThemeName(theme: OfficeThemeColours | null | undefined): PaneThemeName {
  if (!theme) return 'light';
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'dark' : 'light';
  // Dark Gray (#666666-ish body) and Black (#262626) read as dark; White and Colorful as light.
  const lightness = luminance(theme.bodyBackgroundColor);
  return lightness !== null && lightness < 0.18 ? 'dark' : 'light';
}

export const FLUENT_THEMES: Record<PaneThemeName, Theme> = { light: webLightTheme, dark: webDarkTheme };

/** Office.context.officeTheme when Office.js gives it, read without throwing. */
export function officeTheme(office: unknown): OfficeThemeColours | null {
  try {
    const theme = (office as { context?: { officeTheme?: OfficeThemeColours } } | undefined)?.context?.officeTheme;
    return theme && typeof theme === 'object' ? theme : null;
  } catch {
    return null;
  }
}
