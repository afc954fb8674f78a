import { z } from 'astro/zod';

/** Frontmatter of a question page (`content/questions/<slug>/index.mdx`). The one declaration of it. */
export const questionSchema = z.strictObject(
  {
    title: z.string().min(5, 'title: write the question as a reader would ask it'),
    topic: z.enum(['sql', 'django-orm'], { message: 'topic must be "sql" or "django-orm"' }),
    difficulty: z.enum(['easy', 'medium', 'hard'], { message: 'difficulty must be "easy", "medium" or "hard"' }),
    tags: z
      .array(z.string().regex(/^[a-z0-9-]+$/, 'tags are lower-case words joined by hyphens, like "window-functions"'))
      .min(1, 'tags: give at least one tag so related questions can be found'),
    summary: z
      .string()
      .min(20, 'summary: one sentence of at least 20 characters; it is the meta description and the listing text')
      .max(200, 'summary: keep it to one line (200 characters at most)'),
    dataset: z.string().regex(/^[a-z0-9-]+$/, 'dataset: the name of a file in content/datasets/, without ".sql"'),
    /** Position within its topic: listings and previous/next follow it. */
    order: z.number().int().positive('order: a whole number from 1'),
    /** Old slugs that must keep working after a rename. */
    redirectFrom: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  },
  {
    // A misspelt or retired field is an error that names it, not silently dropped.
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')} (the fields are listed in src/schemas/question.ts)`
        : undefined,
  },
);

export type QuestionFrontmatter = z.infer<typeof questionSchema>;
