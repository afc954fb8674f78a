// The /practice/ listing: every challenge, those in questions and the practice problems, with
// the topic, difficulty and tags the home page's filters work on. Pure, so it is unit-tested.
import type { ContentChallenge } from './challenge-manifest.ts';
import type { ContentQuestion } from './example-manifest.ts';
import { topics, type Topic } from '../lib/topics.ts';

export interface PracticeEntry {
  id: string;
  title: string;
  /** Without the site base. */
  url: string;
  topic: Topic;
  difficulty: 'easy' | 'medium' | 'hard';
  tags: string[];
  /** The practice problem's summary, or which question the challenge belongs to. */
  summary: string;
}

const DIFFICULTIES = ['easy', 'medium', 'hard'];

/** Topic by topic, then easy to hard, then by title. A question's challenge takes its topic and tags. */
export function practiceListing(challenges: readonly ContentChallenge[], questions: readonly ContentQuestion[]): PracticeEntry[] {
  const entries = challenges.map((challenge): PracticeEntry => {
    const { title, difficulty, topic, tags, summary } = challenge.frontmatter;
    const question = questions.find((candidate) => candidate.slug === challenge.question);
    return {
      id: challenge.id,
      title,
      url: challenge.url,
      topic: question?.frontmatter.topic ?? topic!,
      difficulty,
      tags: question?.frontmatter.tags ?? tags!,
      summary: question ? `A challenge in “${question.frontmatter.title}”` : summary!,
    };
  });
  return entries.sort(
    (a, b) =>
      topics.indexOf(a.topic) - topics.indexOf(b.topic) ||
      DIFFICULTIES.indexOf(a.difficulty) - DIFFICULTIES.indexOf(b.difficulty) ||
      a.title.localeCompare(b.title),
  );
}
