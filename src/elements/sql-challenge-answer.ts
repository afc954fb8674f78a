// The hints and the solution of an <sql-challenge> (sql-challenge-element.ts imports this as the
// reader points at, focuses or presses their buttons): both are in the page, hidden.

/** Hints come one at a time, in order. */
export function showNextHint(challenge: HTMLElement, button: HTMLButtonElement): void {
  const hidden = [...challenge.querySelectorAll<HTMLElement>('[data-hints] li[hidden]')];
  const hint = hidden[0];
  if (!hint) return; // a click more, made while this module loaded
  hint.hidden = false;
  const total = challenge.querySelectorAll('[data-hints] li').length;
  if (hidden.length > 1) {
    button.textContent = `Show a hint (${total - hidden.length + 2} of ${total})`;
    return;
  }
  // The button goes with the last hint: focus moves to that hint instead of being lost.
  hint.tabIndex = -1;
  hint.focus();
  button.remove();
}

export function toggleSolution(challenge: HTMLElement): void {
  const button = challenge.querySelector<HTMLElement>('[data-show-solution]')!;
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  button.textContent = open ? 'Hide the solution' : 'Show the solution';
  challenge.querySelector<HTMLElement>('[data-solution]')!.hidden = !open;
}
