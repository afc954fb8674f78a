// The home page's filters: which questions a topic/difficulty/tag choice keeps, and how that
// choice is written in the URL (?topic=sql&difficulty=easy&tag=joins) so a filtered list can be linked.

export interface FilterState {
  /** Empty means "any". */
  topic: string;
  difficulty: string;
  tag: string;
}

export interface FilterableQuestion {
  topic: string;
  difficulty: string;
  tags: readonly string[];
}

const FIELDS = ['topic', 'difficulty', 'tag'] as const;

export function filterFromSearch(search: string): FilterState {
  const params = new URLSearchParams(search);
  return { topic: params.get('topic') ?? '', difficulty: params.get('difficulty') ?? '', tag: params.get('tag') ?? '' };
}

/** The query string for a filter ("" when nothing is chosen), fields in a fixed order. */
export function filterToSearch(state: FilterState): string {
  const params = new URLSearchParams();
  for (const field of FIELDS) if (state[field]) params.set(field, state[field]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function matchesFilter(question: FilterableQuestion, state: FilterState): boolean {
  return (
    (!state.topic || question.topic === state.topic) &&
    (!state.difficulty || question.difficulty === state.difficulty) &&
    (!state.tag || question.tags.includes(state.tag))
  );
}
