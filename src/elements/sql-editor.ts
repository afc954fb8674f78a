// The in-place SQL editor: the shared code editor (code-editor.ts) with lang-sql's SQLite dialect,
// closing brackets, and completion of the example's tables and columns once its schema is known.
// Imported only when a reader edits or runs an example, so pages load without it.
import { autocompletion, closeBrackets, closeBracketsKeymap, ifNotIn, type Completion, type CompletionSource } from '@codemirror/autocomplete';
import { sql, SQLite, type SQLNamespace } from '@codemirror/lang-sql';
import { Compartment } from '@codemirror/state';
import type { DatabaseSchema } from '../runners/sql/database-schema.ts';
import { createCodeEditor, type CodeEditor, type CodeEditorOptions } from './code-editor.ts';

interface SqlEditorOptions extends CodeEditorOptions {
  description: string;
}

export interface SqlEditor extends CodeEditor {
  /** Table and column completion, once the example's schema is known. */
  setSchema(schema: DatabaseSchema): void;
}

function column(name: string, detail: string): Completion {
  return { label: name, type: 'property', detail };
}

/**
 * Completion for the example's schema: lang-sql completes table names and `table.column`;
 * this adds bare column names (what a reader types most), each saying which tables have it.
 */
function schemaCompletion(schema: DatabaseSchema) {
  const namespace: SQLNamespace = Object.fromEntries(
    schema.map((table) => [table.name, table.columns.map((c) => column(c.name, c.type))]),
  );
  const tablesByColumn = new Map<string, string[]>();
  for (const table of schema) {
    for (const { name } of table.columns) tablesByColumn.set(name, [...(tablesByColumn.get(name) ?? []), table.name]);
  }
  const columns = [...tablesByColumn].map(([name, tables]) => column(name, tables.join(', ')));
  const bareColumns: CompletionSource = (context) => {
    const word = context.matchBefore(/\w+/);
    if (!word && !context.explicit) return null;
    const from = word?.from ?? context.pos;
    if (context.state.sliceDoc(from - 1, from) === '.') return null;
    return { from, options: columns, validFor: /^\w*$/ };
  };
  return [
    sql({ dialect: SQLite, schema: namespace, upperCaseKeywords: true }),
    SQLite.language.data.of({ autocomplete: ifNotIn(['String', 'QuotedIdentifier', 'LineComment', 'BlockComment'], bareColumns) }),
  ];
}

/** What an <sql-example> or <sql-challenge> says about its editor (see createWidgetEditor). */
export interface WidgetEditorOptions extends Omit<CodeEditorOptions, 'parent' | 'label'> {
  /** The editor's accessible name, from the widget's title. */
  label: (title: string) => string;
  /** The schema to complete; without it (a rejection) the editor still works. */
  schema: Promise<DatabaseSchema>;
}

/**
 * The editor of an <sql-example> or <sql-challenge> (`widget`), in place of its highlighted code,
 * described by the widget's hint; data-editor="ready" on the widget once it is there.
 */
export function createWidgetEditor(widget: HTMLElement, { label, schema, ...options }: WidgetEditorOptions): SqlEditor {
  const code = widget.querySelector<HTMLElement>('[data-code]')!;
  const editor = createSqlEditor({
    ...options,
    parent: code,
    label: label(widget.querySelector('.example-title')?.textContent ?? widget.id),
    description: widget.querySelector('[data-hint]')?.textContent ?? '',
  });
  code.querySelector('pre')!.hidden = true;
  widget.dataset.editor = 'ready';
  schema.then((tables) => editor.setSchema(tables), () => {});
  return editor;
}

function createSqlEditor(options: SqlEditorOptions): SqlEditor {
  const language = new Compartment();
  const editor = createCodeEditor(options, {
    extensions: [closeBrackets(), autocompletion({ icons: false }), language.of(sql({ dialect: SQLite, upperCaseKeywords: true }))],
    keys: closeBracketsKeymap,
  });
  return {
    ...editor,
    setSchema(schema) {
      editor.view.dispatch({ effects: language.reconfigure(schemaCompletion(schema)) });
    },
  };
}
