// <copy-link>: copies the link to the question, or, inside an <sql-example>, to that example,
// or, inside an <sql-challenge>, to that challenge (in interview mode, the link for a candidate).
// When the reader has edited the example (data-edited), the link carries the edited SQL, and the
// edited Python of an ORM example (shared-query.ts, imported when the first such link is made).
// Talks to <sql-example> and <python-example> only through their public API: `sql` / `code`,
// data-edited, and the 'sqlchange' / 'pythonchange' events (which bubble to the <sql-example>).
import { INTERVIEW_PARAM } from '../lib/preferences.ts';

const CONFIRMATION_MS = 4000;

type Example = HTMLElement & { sql: string };
type PythonCode = HTMLElement & { code: string };

class CopyLink extends HTMLElement {
  #button = this.querySelector('button')!;
  #label = this.querySelector<HTMLElement>('[data-copy-label]')!;
  #status = this.querySelector<HTMLElement>('[data-copy-status]')!;
  #message = this.querySelector<HTMLElement>('[data-copy-message]')!;
  #example = this.closest<Example>('sql-example');
  #challenge = this.closest<HTMLElement>('sql-challenge');
  #python = this.#example?.querySelector<PythonCode>('python-example') ?? null;
  #clearTimer = 0;

  connectedCallback() {
    this.#button.addEventListener('click', () => void this.copy());
    this.#example?.addEventListener('sqlchange', () => this.#showLabel());
    this.#example?.addEventListener('pythonchange', () => this.#showLabel());
    this.#showLabel();
  }

  get #sqlEdited(): boolean {
    return this.#example?.hasAttribute('data-edited') ?? false;
  }

  get #pythonEdited(): boolean {
    return this.#python?.hasAttribute('data-edited') ?? false;
  }

  get #edited(): boolean {
    return this.#sqlEdited || this.#pythonEdited;
  }

  #showLabel() {
    this.#label.textContent = this.#edited ? 'Copy link with your edit' : 'Copy link';
  }

  /** The link to copy, or a message saying why there is none. */
  async #link(): Promise<{ url: string; note: string } | { error: string }> {
    const page = new URL(location.pathname, location.origin);
    if (this.#challenge) {
      const interview = document.documentElement.hasAttribute('data-interview');
      if (interview) page.searchParams.set(INTERVIEW_PARAM, '1');
      page.hash = this.#challenge.id;
      return { url: page.toString(), note: interview ? ' (it opens in interview mode: the challenge alone, no hints or solution)' : '' };
    }
    if (!this.#example) {
      const interview = document.documentElement.hasAttribute('data-interview');
      if (interview) page.searchParams.set(INTERVIEW_PARAM, '1');
      return { url: page.toString(), note: interview ? ' (it opens in interview mode)' : '' };
    }
    if (!this.#edited) {
      page.hash = this.#example.id;
      return { url: page.toString(), note: '' };
    }
    const sql = this.#sqlEdited ? this.#example.sql : null;
    const python = this.#pythonEdited ? this.#python!.code : null;
    const what = python === null ? 'query' : sql === null ? 'Python code' : 'query and Python code';
    const { MAX_SHARE_URL_LENGTH, shareLink } = await import('../lib/shared-query.ts');
    const link = await shareLink(page.toString(), this.#example.id, sql, python);
    if (link.kind === 'too-long') {
      return {
        error:
          `Your edited ${what} is too long to share in a link: the link would be ${link.length.toLocaleString('en')} characters, ` +
          `over the limit of ${MAX_SHARE_URL_LENGTH.toLocaleString('en')}. Shorten it, or share its text instead.`,
      };
    }
    return { url: link.url, note: ` with your edited ${what}` };
  }

  async copy() {
    this.#message.replaceChildren();
    const link = await this.#link();
    if ('error' in link) {
      this.#message.replaceChildren(Object.assign(document.createElement('p'), { className: 'copy-link-error', role: 'alert', textContent: link.error }));
      return;
    }
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link.url);
    } catch {
      this.#showFallback(link.url);
      return;
    }
    this.#status.textContent = `Link copied${link.note}.`;
    clearTimeout(this.#clearTimer);
    this.#clearTimer = window.setTimeout(() => (this.#status.textContent = ''), CONFIRMATION_MS);
  }

  /** No clipboard (an insecure page, a refused permission): show the link, selected, to copy by hand. */
  #showFallback(url: string) {
    const label = document.createElement('label');
    label.className = 'copy-link-fallback';
    label.textContent = 'Copying is not available here; copy this link: ';
    const input = Object.assign(document.createElement('input'), { type: 'text', readOnly: true, value: url });
    label.append(input);
    this.#message.replaceChildren(label);
    input.focus();
    input.select();
  }
}

customElements.define('copy-link', CopyLink);
