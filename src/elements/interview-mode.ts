// Interview mode: answers stay hidden behind "Reveal answer" so a question can be asked first.
// <html data-interview> is set before the first paint (preferences.ts); this module adds the
// header switch and the reveal button of a question page.
import { INTERVIEW_KEY, INTERVIEW_PARAM, writePreference } from '../lib/preferences.ts';
import { sharedQueryIn } from '../lib/shared-query-params.ts';

const root = document.documentElement;
const isOn = () => root.hasAttribute('data-interview');

function setRevealed(revealed: boolean) {
  const answer = document.querySelector<HTMLElement>('[data-answer]');
  const button = document.querySelector<HTMLButtonElement>('[data-reveal-answer]');
  if (!answer || !button) return;
  answer.toggleAttribute('data-revealed', revealed);
  button.setAttribute('aria-expanded', String(revealed));
  button.textContent = revealed ? 'Hide answer' : 'Reveal answer';
}

class InterviewToggle extends HTMLElement {
  #button = this.querySelector('button')!;

  connectedCallback() {
    this.#button.setAttribute('aria-pressed', String(isOn()));
    this.#button.addEventListener('click', () => {
      const on = !isOn();
      root.toggleAttribute('data-interview', on);
      writePreference(INTERVIEW_KEY, on ? '1' : '0');
      this.#button.setAttribute('aria-pressed', String(on));
      setRevealed(false);
    });
  }
}

customElements.define('interview-toggle', InterviewToggle);

document.querySelector('[data-reveal-answer]')?.addEventListener('click', (event) => {
  setRevealed((event.currentTarget as HTMLElement).getAttribute('aria-expanded') !== 'true');
});

// A link to one example (or one carrying a shared query) asks to see it, so it opens revealed,
// unless the link itself switches interview mode on.
const url = new URL(location.href);
if (isOn() && url.searchParams.get(INTERVIEW_PARAM) !== '1' && (url.hash || sharedQueryIn(url))) setRevealed(true);
