// How questions relate to each other: listing order, previous/next within a topic, related
// questions by shared tag, and the redirects of renamed questions. Pure, so it is unit-tested.
import type { QuestionFrontmatter } from '../schemas/question.ts';
import { topics } from '../lib/topics.ts';

/** A question as the content collection gives it: its slug (`id`) and frontmatter. */
export interface QuestionEntry {
  id: string;
  data: QuestionFrontmatter;
}

/** Topic by topic (SQL first), then by `order`; the title breaks ties so the order is stable. */
export function listingOrder<T extends QuestionEntry>(questions: readonly T[]): T[] {
  return [...questions].sort(
    (a, b) =>
      topics.indexOf(a.data.topic) - topics.indexOf(b.data.topic) ||
      a.data.order - b.data.order ||
      a.data.title.localeCompare(b.data.title),
  );
}

/** The questions just before and after `id` in its topic. */
export function neighbours<T extends QuestionEntry>(questions: readonly T[], id: string): { previous?: T; next?: T } {
  const current = questions.find((question) => question.id === id);
  if (!current) throw new Error(`no question "${id}"`);
  const inTopic = listingOrder(questions.filter((question) => question.data.topic === current.data.topic));
  const index = inTopic.indexOf(current);
  return { previous: inTopic[index - 1], next: inTopic[index + 1] };
}

/**
 * Questions sharing at least one tag with `id`: most shared tags first, then the same topic,
 * then listing order.
 */
export function relatedQuestions<T extends QuestionEntry>(questions: readonly T[], id: string, limit = 5): T[] {
  const current = questions.find((question) => question.id === id);
  if (!current) throw new Error(`no question "${id}"`);
  const tags = new Set(current.data.tags);
  const shared = (question: T) => question.data.tags.filter((tag) => tags.has(tag)).length;
  const ordered = listingOrder(questions);
  return ordered
    .filter((question) => question !== current && shared(question) > 0)
    .sort(
      (a, b) =>
        shared(b) - shared(a) ||
        Number(b.data.topic === current.data.topic) - Number(a.data.topic === current.data.topic) ||
        ordered.indexOf(a) - ordered.indexOf(b),
    )
    .slice(0, limit);
}

/**
 * Old slug → current slug, from each question's `redirectFrom`. An old slug that is still a
 * question, or is claimed twice, would make one URL mean two pages: that fails the build.
 */
export function redirects(questions: readonly QuestionEntry[]): { from: string; to: string }[] {
  const slugs = new Set(questions.map((question) => question.id));
  const claimed = new Map<string, string>();
  for (const question of questions) {
    for (const from of question.data.redirectFrom) {
      if (slugs.has(from)) {
        throw new Error(`${question.id}: redirectFrom "${from}" is the slug of an existing question`);
      }
      const other = claimed.get(from);
      if (other) throw new Error(`${question.id}: redirectFrom "${from}" is already claimed by ${other}`);
      claimed.set(from, question.id);
    }
  }
  return [...claimed].map(([from, to]) => ({ from, to }));
}
