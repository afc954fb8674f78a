// Which challenges the reader solved or attempted, kept in localStorage (nothing leaves the browser).
import { readPreference, writePreference } from '../lib/preferences.ts';

export const PROGRESS_KEY = 'handbook-practice';

export type ChallengeStatus = 'solved' | 'attempted';

export function readProgress(): Record<string, ChallengeStatus> {
  try {
    const stored: unknown = JSON.parse(readPreference(PROGRESS_KEY) ?? '{}');
    return stored && typeof stored === 'object' ? (stored as Record<string, ChallengeStatus>) : {};
  } catch {
    return {};
  }
}

/** A solved challenge stays solved; any other Check makes it attempted. */
export function nextStatus(previous: ChallengeStatus | undefined, correct: boolean): ChallengeStatus {
  return correct || previous === 'solved' ? 'solved' : 'attempted';
}

export function recordCheck(id: string, correct: boolean): ChallengeStatus {
  const progress = readProgress();
  progress[id] = nextStatus(progress[id], correct);
  writePreference(PROGRESS_KEY, JSON.stringify(progress));
  return progress[id];
}

export function statusLabel(status: ChallengeStatus | undefined): string {
  return status === 'solved' ? 'Solved' : status === 'attempted' ? 'Attempted' : 'Not tried';
}
