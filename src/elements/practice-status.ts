// /practice/: each challenge's status (solved, attempted, not tried) from this browser's progress.
import { readProgress, statusLabel } from './practice-progress.ts';

const progress = readProgress();
for (const row of document.querySelectorAll<HTMLElement>('[data-challenge-row]')) {
  const status = progress[row.dataset.challengeRow!];
  const label = row.querySelector<HTMLElement>('[data-status]')!;
  label.textContent = statusLabel(status);
  if (status) label.dataset.state = status;
}
