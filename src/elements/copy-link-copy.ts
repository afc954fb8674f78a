// What "Copy link" does when pressed (copy-link-element.ts imports it on the first intent to copy):
// makes the link, with the reader's edit when there is one (shared-query.ts), copies it, says so,
// and, where copying is not possible, shows it to copy by hand. Reads the example through its
// public API only: `sql` / `code` and data-edited.
import { INTERVIEW_PARAM } from '../lib/preferences.ts';
import { MAX_SHARE_URL_LENGTH, shareLink } from '../lib/shared-query.ts';

const CONFIRMATION_MS = 4000;

type Example = HTMLElement & { sql: string };
type PythonCode = HTMLElement & { code: string };

/** Clears a button's "Link copied" after a while; a new copy restarts the wait. */
const clearTimers = new WeakMap<HTMLElement, number>();

/** The link `box` (a <copy-link>) copies, or a message saying why there is none. */
async function linkOf(box: HTMLElement): Promise<{ url: string; note: string } | { error: string }> {
  const page = new URL(location.pathname, location.origin);
  const challenge = box.closest<HTMLElement>('sql-challenge');
  const example = box.closest<Example>('sql-example');
  const python = example?.querySelector<PythonCode>('python-example') ?? null;
  const sqlEdited = example?.hasAttribute('data-edited') ?? false;
  const pythonEdited = python?.hasAttribute('data-edited') ?? false;
  if (challenge) {
    const interview = document.documentElement.hasAttribute('data-interview');
    if (interview) page.searchParams.set(INTERVIEW_PARAM, '1');
    page.hash = challenge.id;
    return { url: page.toString(), note: interview ? ' (it opens in interview mode: the challenge alone, no hints or solution)' : '' };
  }
  if (!example) {
    const interview = document.documentElement.hasAttribute('data-interview');
    if (interview) page.searchParams.set(INTERVIEW_PARAM, '1');
    return { url: page.toString(), note: interview ? ' (it opens in interview mode)' : '' };
  }
  if (!sqlEdited && !pythonEdited) {
    page.hash = example.id;
    return { url: page.toString(), note: '' };
  }
  const sql = sqlEdited ? example.sql : null;
  const code = pythonEdited ? python!.code : null;
  const what = code === null ? 'query' : sql === null ? 'Python code' : 'query and Python code';
  const link = await shareLink(page.toString(), example.id, sql, code);
  if (link.kind === 'too-long') {
    return {
      error:
        `Your edited ${what} is too long to share in a link: the link would be ${link.length.toLocaleString('en')} characters, ` +
        `over the limit of ${MAX_SHARE_URL_LENGTH.toLocaleString('en')}. Shorten it, or share its text instead.`,
    };
  }
  return { url: link.url, note: ` with your edited ${what}` };
}

/** Copies the link of `box` (a <copy-link>) and says so in its status, or shows why not. */
export async function copyLink(box: HTMLElement): Promise<void> {
  const status = box.querySelector<HTMLElement>('[data-copy-status]')!;
  const message = box.querySelector<HTMLElement>('[data-copy-message]')!;
  message.replaceChildren();
  const link = await linkOf(box);
  if ('error' in link) {
    message.replaceChildren(Object.assign(document.createElement('p'), { className: 'copy-link-error', role: 'alert', textContent: link.error }));
    return;
  }
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(link.url);
  } catch {
    showFallback(message, link.url);
    return;
  }
  status.textContent = `Link copied${link.note}.`;
  clearTimeout(clearTimers.get(box));
  clearTimers.set(box, window.setTimeout(() => (status.textContent = ''), CONFIRMATION_MS));
}

/** No clipboard (an insecure page, a refused permission): show the link, selected, to copy by hand. */
function showFallback(message: HTMLElement, url: string): void {
  const label = document.createElement('label');
  label.className = 'copy-link-fallback';
  label.textContent = 'Copying is not available here; copy this link: ';
  const input = Object.assign(document.createElement('input'), { type: 'text', readOnly: true, value: url });
  label.append(input);
  message.replaceChildren(label);
  input.focus();
  input.select();
}
