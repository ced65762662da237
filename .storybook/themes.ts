/**
 * Host pages a widget is previewed on. The widgets inherit font and text colour from the page and map
 * public `--willkommen-*` tokens to their own defaults, so each theme is what a municipal website
 * would set: a page background, colour and font, and optionally some tokens.
 * System fonts only: the widgets promise no web fonts, and Storybook should not load any either.
 */
export interface HostTheme {
  title: string;
  /** CSS declarations for the host-page container (including `--willkommen-*` tokens). */
  style: Record<string, string>;
}

const systemSans = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif';
const serif = 'Georgia, "Times New Roman", "Noto Serif", "Noto Naskh Arabic", serif';

export const themes = {
  light: {
    title: 'Helle Host-Seite',
    style: {background: '#ffffff', color: '#1b1b1b', 'font-family': systemSans},
  },
  dark: {
    title: 'Dunkle Host-Seite',
    style: {background: '#14171c', color: '#eef1f5', 'font-family': systemSans, 'color-scheme': 'dark'},
  },
  'high-contrast': {
    title: 'Hoher Kontrast (eigene Tokens)',
    style: {
      background: '#000000',
      color: '#ffffff',
      'font-family': systemSans,
      'color-scheme': 'dark',
      '--willkommen-color-text': '#ffffff',
      '--willkommen-color-surface': '#000000',
      '--willkommen-color-accent': '#ffff00',
      '--willkommen-color-on-accent': '#000000',
      '--willkommen-color-border': '#ffffff',
      '--willkommen-color-focus': '#00ffff',
      '--willkommen-color-success': '#3dff7a',
      '--willkommen-color-danger': '#ff7070',
    },
  },
  authority: {
    title: 'Behörden-Theme',
    style: {
      background: '#f3f0e8',
      color: '#1d1d1b',
      'font-family': systemSans,
      '--willkommen-font': serif,
      '--willkommen-color-text': '#1d1d1b',
      '--willkommen-color-surface': '#ffffff',
      '--willkommen-color-accent': '#7a1c2a',
      '--willkommen-color-on-accent': '#ffffff',
      '--willkommen-color-border': '#6e6a60',
      '--willkommen-color-focus': '#005ea5',
      '--willkommen-radius': '0.125em',
      '--willkommen-spacing': '1.25em',
    },
  },
} satisfies Record<string, HostTheme>;

export type ThemeName = keyof typeof themes;

export function themeStyle(name: string | undefined): string {
  const theme: HostTheme = themes[name as ThemeName] ?? themes.light;
  return Object.entries(theme.style)
    .map(([property, value]) => `${property}: ${value};`)
    .join(' ');
}
