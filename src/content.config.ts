import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { challengeSchema } from './schemas/challenge.ts';
import { questionSchema } from './schemas/question.ts';

// A question is a folder: its text in index.mdx, its examples' files beside it.
const questions = defineCollection({
  loader: glob({
    pattern: '*/index.mdx',
    base: './content/questions',
    generateId: ({ entry }) => entry.split('/')[0]!,
  }),
  schema: questionSchema,
});

// A challenge's statement (<id>.challenge.md), beside a question or in content/practice/<id>/;
// its SQL files are read by src/build/challenge-manifest.ts.
const challenges = defineCollection({
  loader: glob({
    pattern: ['questions/*/*.challenge.md', 'practice/*/*.challenge.md'],
    base: './content',
    generateId: ({ entry }) => entry.split('/').at(-1)!.replace(/\.challenge\.md$/, ''),
  }),
  schema: challengeSchema,
});

export const collections = { questions, challenges };
