// The in-place SQL editor (CodeMirror 6). Imported only when a reader edits or runs an example,
// so pages load without it. It takes the exact place of the highlighted code: same font, size,
// line height, padding and border (see `layout`), so nothing moves when it appears.
import { autocompletion, closeBrackets, closeBracketsKeymap, ifNotIn, type Completion, type CompletionSource } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentMore } from '@codemirror/commands';
import { sql, SQLite, type SQLNamespace } from '@codemirror/lang-sql';
import { bracketMatching, HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { Annotation, Compartment, EditorState, Prec, StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, keymap, type DecorationSet } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { sqlEditorColours as colours } from '../lib/code-themes.ts';
import type { DatabaseSchema } from '../runners/sql/database-schema.ts';

export interface SqlEditorOptions {
  /** The element the editor goes into. */
  parent: HTMLElement;
  text: string;
  /** The editor's accessible name and description. */
  label: string;
  description: string;
  onChange: (text: string) => void;
  onRun: () => void;
  /** Escape: the reader wants out of the editor. */
  onLeave: () => void;
}

export interface SqlEditor {
  readonly view: EditorView;
  /** Replaces the text (e.g. Reset) without reporting it back through `onChange`. */
  setText(text: string): void;
  /** Table and column completion, once the example's schema is known. */
  setSchema(schema: DatabaseSchema): void;
  /** Marks the line a run failed on, or clears the mark. */
  markErrorLine(line: number | null): void;
  /** Focuses the editor, with the cursor at a point on screen when given (where the reader clicked). */
  focus(at?: { x: number; y: number }): void;
}

// Shiki's colours for SQL (light-dark() follows the page's color-scheme, which the theme sets).
const highlightStyle = HighlightStyle.define([
  { tag: [tags.keyword, tags.typeName, tags.operator, tags.null, tags.bool], color: colours.keyword },
  { tag: [tags.number], color: colours.number },
  { tag: [tags.string], color: colours.string },
  { tag: [tags.lineComment, tags.blockComment], color: colours.comment },
]);

// Mirrors `pre.astro-code` in global.css.
const layout = EditorView.theme({
  '&': {
    fontSize: '0.88em',
    color: colours.text,
    backgroundColor: colours.background,
    border: '1px solid var(--border)',
    borderRadius: '6px',
  },
  '&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.5' },
  '.cm-content': { padding: '0.9rem 0', caretColor: 'currentColor' },
  '.cm-line': { padding: '0 1rem' },
  '.cm-error-line': { backgroundColor: 'var(--error-bg)' },
  '.cm-tooltip': { fontFamily: 'var(--font-mono)', border: '1px solid var(--border)', backgroundColor: 'var(--bg)', color: 'var(--fg)' },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': { backgroundColor: 'var(--accent)', color: 'var(--accent-fg)' },
  '.cm-completionDetail': { opacity: '0.75' },
});

const setErrorLine = StateEffect.define<number | null>();
const errorLineMark = Decoration.line({ class: 'cm-error-line' });

/** The line a run failed on, until the text changes. */
const errorLine = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = transaction.docChanged ? Decoration.none : marks;
    for (const effect of transaction.effects) {
      if (!effect.is(setErrorLine)) continue;
      const line = effect.value;
      const { doc } = transaction.state;
      next = line === null || line > doc.lines ? Decoration.none : Decoration.set([errorLineMark.range(doc.line(line).from)]);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** Marks changes that come from outside (Reset, `element.sql = …`), which need no report back. */
const fromOutside = Annotation.define<boolean>();

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

export function createSqlEditor(options: SqlEditorOptions): SqlEditor {
  const language = new Compartment();
  // A shadow root, so CodeMirror's styles go into a constructed stylesheet: the site's CSP allows
  // no <style> elements, which is what CodeMirror would add to the document itself.
  const host = document.createElement('div');
  host.className = 'example-editor';
  options.parent.append(host);
  const root = host.attachShadow({ mode: 'open' });

  const view = new EditorView({
    parent: root,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (options.onRun(), true) }])),
        // Tab indents; Shift+Tab is left to the browser (focus moves back) and Escape leaves, so
        // keyboard users are never trapped. Outdent stays on Mod-[.
        keymap.of([
          { key: 'Tab', run: indentMore },
          { key: 'Escape', run: () => (options.onLeave(), true) },
          ...closeBracketsKeymap,
          ...defaultKeymap,
          ...historyKeymap,
        ]),
        history(),
        closeBrackets(),
        bracketMatching(),
        autocompletion({ icons: false }),
        language.of(sql({ dialect: SQLite, upperCaseKeywords: true })),
        syntaxHighlighting(highlightStyle),
        errorLine,
        layout,
        EditorView.contentAttributes.of({ 'aria-label': options.label, 'aria-description': options.description }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !update.transactions.some((t) => t.annotation(fromOutside))) {
            options.onChange(update.state.doc.toString());
          }
        }),
      ],
    }),
  });

  return {
    view,
    setText(text) {
      if (text === view.state.doc.toString()) return;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, annotations: fromOutside.of(true) });
    },
    setSchema(schema) {
      view.dispatch({ effects: language.reconfigure(schemaCompletion(schema)) });
    },
    markErrorLine(line) {
      view.dispatch({ effects: setErrorLine.of(line) });
    },
    focus(at) {
      view.focus();
      const position = at ? view.posAtCoords(at) : null;
      if (position !== null) view.dispatch({ selection: { anchor: position } });
    },
  };
}
