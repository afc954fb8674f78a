import { z } from 'astro/zod';

const NAME = /^[a-z0-9-]+$/;

/**
 * Frontmatter of a challenge (`<id>.challenge.md`), beside a question or in `content/practice/<id>/`.
 * The one declaration of it; the fields a practice problem adds are checked by the loader.
 */
export const challengeSchema = z.strictObject(
  {
    title: z.string().min(5, 'title: a short title, as a listing would show it'),
    difficulty: z.enum(['easy', 'medium', 'hard'], { message: 'difficulty must be "easy", "medium" or "hard"' }),
    /** Beside a question it defaults to the question's dataset. */
    dataset: z.string().regex(NAME, 'dataset: the name of a file in content/datasets/, without ".sql"').optional(),
    columns: z
      .array(z.string().min(1, 'columns: a column name cannot be empty'))
      .min(1, 'columns: list the column names the statement asks for, in order'),
    /** Row order matters: the statement must say so, and by what. */
    ordered: z.boolean({ message: 'ordered must be true or false' }).default(false),
    hints: z
      .array(z.string({ message: 'hints: each hint is one line of text (put it in quotes if it contains ": ")' }).min(1, 'hints: a hint cannot be empty'))
      .default([]),
    hidden: z
      .array(
        z.strictObject({
          name: z.string().regex(NAME, 'hidden: name is lower-case letters, digits and hyphens (it names <id>.hidden-<name>.sql)'),
          hint: z.string({ message: 'hidden: hint is one line of text (put it in quotes if it contains ": ")' }).min(5, 'hidden: hint is the sentence shown when a query fails this dataset'),
        }),
      )
      .min(1, 'hidden: give at least one hidden check dataset (<id>.hidden-<name>.sql)'),
    // Practice problems only (content/practice/<id>/):
    topic: z.enum(['sql', 'django-orm'], { message: 'topic must be "sql" or "django-orm"' }).optional(),
    tags: z
      .array(z.string().regex(NAME, 'tags are lower-case words joined by hyphens, like "window-functions"'))
      .min(1, 'tags: give at least one tag')
      .optional(),
    summary: z
      .string()
      .min(20, 'summary: one sentence of at least 20 characters, the /practice/ listing text')
      .max(200, 'summary: keep it to one line (200 characters at most)')
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')} (the fields are listed in src/schemas/challenge.ts)`
        : undefined,
  },
);

export type ChallengeFrontmatter = z.infer<typeof challengeSchema>;
