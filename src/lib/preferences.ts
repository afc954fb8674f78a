// Reader preferences, kept in localStorage so they follow the reader from page to page.

/** "light" or "dark"; absent means follow the system setting. */
export const THEME_KEY = 'handbook-theme';
/** "1" while interview mode is on. */
export const INTERVIEW_KEY = 'handbook-interview';
/** ?interview=1 or ?interview=0 switches interview mode (and remembers it), for links from an interviewer. */
export const INTERVIEW_PARAM = 'interview';

/**
 * Inlined at the top of <head> by BaseLayout: it runs before anything is painted, so the first
 * paint already has the chosen theme and, in interview mode, no answer showing.
 * It only sets attributes on <html>; global.css does the rest.
 */
export const preferencesHeadScript = `(() => {
  const root = document.documentElement;
  let stored = null;
  try { stored = localStorage; } catch {}
  const theme = stored?.getItem(${JSON.stringify(THEME_KEY)});
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  const param = new URLSearchParams(location.search).get(${JSON.stringify(INTERVIEW_PARAM)});
  if (param === '1' || param === '0') {
    try { stored?.setItem(${JSON.stringify(INTERVIEW_KEY)}, param); } catch {}
  }
  if ((param ?? stored?.getItem(${JSON.stringify(INTERVIEW_KEY)})) === '1') root.dataset.interview = '';
})();`;

/** localStorage that may be unavailable (private modes, blocked storage): then nothing is remembered. */
export function readPreference(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writePreference(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage is blocked: the choice lasts for this page only.
  }
}
