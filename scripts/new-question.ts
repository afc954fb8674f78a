// Scaffolds a question:
//   npm run new -- "<question title>" [--topic sql|django-orm] [--difficulty easy|medium|hard]
//                 [--tags a,b] [--dataset <name>] [--summary "<one sentence>"] [--slug <folder-name>]
// In a terminal it asks for whatever the flags leave out; otherwise it uses the defaults shown.
// Scaffolds a challenge (see CONTRIBUTING.md, "Writing a challenge"):
//   npm run new -- --challenge <id> --in <question-slug>     beside a question, placed on its page
//   npm run new -- --challenge <id> --dataset <name>         a practice problem, content/practice/<id>/
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/build/example-manifest.ts';
import { scaffoldChallenge } from './scaffold-challenge.ts';
import { scaffoldQuestion, type QuestionDraft } from './scaffold-question.ts';

const root = process.cwd();
const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    topic: { type: 'string' },
    difficulty: { type: 'string' },
    tags: { type: 'string' },
    dataset: { type: 'string' },
    summary: { type: 'string' },
    slug: { type: 'string' },
    challenge: { type: 'string' },
    in: { type: 'string' },
  },
});

if (flags.challenge !== undefined) {
  try {
    const created = await scaffoldChallenge(root, { id: flags.challenge, question: flags.in, dataset: flags.dataset });
    for (const file of created.files) console.log(`${file.endsWith('.mdx') ? 'placed it in' : 'created'} ${file}`);
    for (const problem of created.problems) console.error(`✗ ${problem}`);
    console.log(`
Next: rewrite the statement, the solution, the wrong answers (one file each) and the hidden
datasets for your problem (see CONTRIBUTING.md, "Writing a challenge"), then: npm run challenges:check`);
    process.exit(created.problems.length > 0 ? 1 : 0);
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

const content = loadContent(root);
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : null;

/** The flag's value, else the reader's answer (in a terminal), else the default. */
async function ask(flag: string | undefined, question: string, fallback: string, choices?: string[]): Promise<string> {
  if (flag !== undefined) return flag;
  if (!prompt) return fallback;
  for (;;) {
    const hint = choices ? ` (${choices.join(', ')})` : '';
    const shown = fallback ? ` [${fallback}]` : '';
    const answer = (await prompt.question(`${question}${hint}${shown}: `)).trim() || fallback;
    if (!choices || choices.includes(answer)) return answer;
    console.log(`  choose one of: ${choices.join(', ')}`);
  }
}

/** The dataset most questions of the topic use: a new question most likely belongs with them. */
function usualDataset(topic: string): string {
  const counts = new Map<string, number>();
  for (const q of content.questions) {
    if (q.frontmatter.topic === topic) counts.set(q.frontmatter.dataset, (counts.get(q.frontmatter.dataset) ?? 0) + 1);
  }
  const [mostUsed] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return mostUsed ?? Object.keys(content.datasets)[0] ?? '';
}

try {
  const title = positionals.join(' ').trim() || (await ask(undefined, 'Question title, as a reader would ask it', ''));
  if (!title) throw new Error('give the question title: npm run new -- "How do you …?"');
  const topic = await ask(flags.topic, 'Topic', 'sql', ['sql', 'django-orm']);
  const difficulty = await ask(flags.difficulty, 'Difficulty', 'medium', ['easy', 'medium', 'hard']);
  const tags = await ask(flags.tags, 'Tags, comma-separated', topic);
  const dataset = await ask(flags.dataset, 'Dataset', usualDataset(topic), Object.keys(content.datasets));
  const summary = await ask(flags.summary, 'One-sentence summary', `The answer to "${title}", with an example you can run.`);
  prompt?.close();

  const draft: QuestionDraft = {
    title,
    topic: topic as QuestionDraft['topic'],
    difficulty: difficulty as QuestionDraft['difficulty'],
    tags: tags.split(',').map((tag) => tag.trim()).filter(Boolean),
    dataset,
    summary,
    slug: flags.slug,
  };
  const created = await scaffoldQuestion(root, draft);
  for (const file of created.files) console.log(`created ${file}`);
  for (const problem of created.problems) console.error(`✗ ${problem}`);
  console.log(`
Next:
  1. Write the answer in ${created.files[0]} (see CONTRIBUTING.md).
  2. Edit ${created.files[1]}, add more examples, then: npm run examples:update (and read the diff).
  3. See the page: npm run dev, then open http://localhost:4321/questions/${created.slug}/
  4. Run every check: npm test`);
  process.exit(created.problems.length > 0 ? 1 : 0);
} catch (error) {
  prompt?.close();
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
