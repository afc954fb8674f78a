// What <python-example> shows of Run Python: the progress of Python's first start, then a run's
// output, its queries with their rows, and how it compares with the recorded run. Imported with the
// runner on the first click. Everything goes in as text.
import { element, renderError, renderTable } from './render-result.ts';
import { secondsLabel } from '../lib/result-format.ts';
import { STAGES, type PythonRun, type Stage } from '../runners/python/protocol.ts';
import type { PythonOutcome } from '../runners/python/runner.ts';

const STAGE_LABELS: Record<Stage, string> = {
  download: 'Downloading Python',
  start: 'Starting Python',
  django: 'Loading Django',
  data: 'Loading the data',
};

/** What the page recorded for the example: <id>.orm.json's output (lines joined) and query count. */
export interface RecordedRun {
  output: string;
  queries: number;
}

/** A node with an empty attribute that names its part (`data-python-output`…). */
function marked<T extends HTMLElement>(node: T, attribute: string): T {
  node.setAttribute(attribute, '');
  return node;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export function queriesLabel(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'query' : 'queries'}`;
}

/** The progress box: downloading fills the first half of the bar by bytes, each later stage a step of the rest. */
export function showProgress(box: HTMLElement, sizes: { runtime: number; django: number }, stage: Stage, loaded = 0): void {
  if (!box.firstChild) {
    const label = marked(element('span'), 'data-python-progress-label');
    label.id = `${box.closest('sql-example')!.id}-python-progress`;
    const bar = Object.assign(element('progress'), { max: 100, value: 0 });
    bar.setAttribute('aria-labelledby', label.id);
    box.append(bar, label);
  }
  const total = sizes.runtime + sizes.django;
  const fraction = stage === 'download' ? (0.5 * Math.min(loaded, total)) / total : 0.5 + (0.5 * STAGES.indexOf(stage)) / STAGES.length;
  box.hidden = false;
  box.querySelector('progress')!.value = Math.round(fraction * 100);
  const size = stage === 'download' ? ` (${megabytes(loaded)} of ${megabytes(total)})` : stage === 'django' ? ` (${megabytes(sizes.django)})` : '';
  box.querySelector('[data-python-progress-label]')!.textContent = `${STAGE_LABELS[stage]}${size}…`;
}

/** Whether a run gave what the page recorded (<id>.orm.json and <id>.sql), or what changed. */
export function comparisonText(run: PythonRun, recorded: RecordedRun, edited: boolean): string {
  const outputSame = run.cutLines === 0 && run.output.replace(/\n$/, '') === recorded.output;
  if (outputSame && run.sqlMatches && run.queryCount === recorded.queries) {
    return edited ? 'Your edit gives the same output and SQL as the recorded run.' : 'Matches the recorded run: the same output and the same SQL.';
  }
  const changes = [
    ...(outputSame ? [] : ['the output differs']),
    ...(run.queryCount === recorded.queries ? [] : [`${queriesLabel(run.queryCount)} instead of ${recorded.queries}`]),
    ...(run.sqlMatches || run.queryCount !== recorded.queries ? [] : ['the SQL differs']),
  ];
  return `${edited ? 'Compared with the recorded run of the original code' : 'Differs from the recorded run'}: ${changes.join(', ')}.`;
}

/** A run's outcome in the example's live part (data-python-live). */
export function showOutcome(example: HTMLElement, outcome: PythonOutcome, recorded: RecordedRun, edited: boolean): void {
  const live = example.querySelector<HTMLElement>('[data-python-live]')!;
  if (!live.firstChild) {
    live.append(
      marked(element('p', 'output-label', 'Python output'), 'data-python-live-label'),
      marked(element('pre', 'python-output'), 'data-python-output'),
      marked(element('p', 'python-comparison'), 'data-python-comparison'),
      marked(element('div', 'python-queries'), 'data-python-queries'),
    );
  }
  const part = (name: string) => example.querySelector<HTMLElement>(`[data-python-${name}]`)!;
  const output = part('output');
  const queries = part('queries');
  part('live').hidden = false;
  queries.replaceChildren();
  part('comparison').textContent = '';
  if (outcome.kind !== 'result') {
    const message =
      outcome.kind === 'failure'
        ? outcome.message
        : outcome.reason === 'timeout'
          ? `Stopped: the code ran longer than the ${secondsLabel(outcome.timeoutMs)} time limit. The next run starts Python again.`
          : `Stopped after ${secondsLabel(outcome.elapsedMs)}, as you asked. The next run starts Python again.`;
    output.replaceChildren(renderError(message));
    return;
  }
  const { run } = outcome;
  output.textContent = run.output + (run.cutLines > 0 ? `… ${run.cutLines.toLocaleString('en-US')} more lines not shown\n` : '');
  part('live-label').textContent = `Python output (ran in your browser in ${Math.round(outcome.elapsedMs)} ms)`;
  part('comparison').textContent = comparisonText(run, recorded, edited);
  queries.append(element('p', 'output-label', `SQL Django sent: ${queriesLabel(run.queryCount)}`));
  run.queries.forEach((query, i) => {
    const item = element('div', 'python-query');
    item.append(element('p', 'python-query-number', `Query ${i + 1}`), element('pre', 'python-query-sql', query.sql));
    if (query.table) item.append(renderTable({ columns: query.table.columns, rows: query.table.rows as never }, query.table.rowCount));
    if (query.error) item.append(renderError(`SQLite: ${query.error}`));
    queries.append(item);
  });
  if (run.queries.length < run.queryCount) queries.append(element('p', 'statement-done', `… and ${queriesLabel(run.queryCount - run.queries.length)} more, not listed.`));
}
