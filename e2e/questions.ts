// The questions as the build sees them, for tests that derive what a page must show.
import { loadContent } from '../src/build/example-manifest.ts';
import { listingOrder, type QuestionEntry } from '../src/build/question-navigation.ts';
import type { Topic } from '../src/lib/topics.ts';

const content = loadContent(process.cwd());

export const questions: QuestionEntry[] = listingOrder(
  content.questions.map((question) => ({ id: question.slug, data: question.frontmatter })),
);

/** A question's page, relative to the site's base URL (Playwright's baseURL). */
export function questionPath(question: QuestionEntry): string {
  return `questions/${question.id}/`;
}

/** A page of the topic, or (while that topic has no questions yet) any question page. */
export function questionOfTopic(topic: Topic): QuestionEntry {
  return questions.find((question) => question.data.topic === topic) ?? questions[0]!;
}

/** The first question that has an example, with that example's id. */
export function questionWithExample(): { question: QuestionEntry; exampleId: string } {
  const example = content.examples[0]!;
  return { question: questions.find((question) => `/${questionPath(question)}` === example.page)!, exampleId: example.id };
}

/** /practice/ and each practice problem's page, in sitemap order, relative to the site's base URL. */
export const practicePaths: string[] = ['practice/', ...content.challenges.filter((c) => c.question === null).map((c) => `practice/${c.id}/`)];
