/**
 * The tab a key moves to in a tab list of `count` tabs, from tab `current`, as the WAI-ARIA tabs
 * pattern has it: arrows move (and wrap), Home and End go to the ends; null for any other key.
 */
export function tabForKey(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
