import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
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

export const collections = { questions };
