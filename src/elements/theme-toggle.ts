// <theme-toggle>: a "Dark theme" switch. The site follows the system setting until the reader
// picks the other theme; picking the system's own theme again goes back to following it.
import { THEME_KEY, writePreference } from '../lib/preferences.ts';

const systemDark = matchMedia('(prefers-color-scheme: dark)');

function currentTheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return systemDark.matches ? 'dark' : 'light';
}

class ThemeToggle extends HTMLElement {
  #button = this.querySelector('button')!;

  connectedCallback() {
    this.#show();
    this.#button.addEventListener('click', () => this.#toggle());
    systemDark.addEventListener('change', () => this.#show());
  }

  #toggle() {
    const theme = currentTheme() === 'dark' ? 'light' : 'dark';
    const system = systemDark.matches ? 'dark' : 'light';
    if (theme === system) delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
    writePreference(THEME_KEY, theme === system ? null : theme);
    this.#show();
  }

  #show() {
    this.#button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
  }
}

customElements.define('theme-toggle', ThemeToggle);
