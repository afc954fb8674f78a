// The in-place Python editor of an ORM example (CodeMirror 6 with @codemirror/lang-python), imported
// on the reader's first Edit Python. Like the SQL editor (src/elements/sql-editor.ts) it lives in a shadow
// root (the CSP allows no <style> elements) and takes the place of the highlighted code.
import { defaultKeymap, history, historyKeymap, indentMore } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { bracketMatching, HighlightStyle, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { Annotation, EditorState, Prec, StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, keymap, type DecorationSet } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { sqlEditorColours as colours } from '../lib/code-themes.ts';

export interface PythonEditorOptions {
  parent: HTMLElement;
  text: string;
  /** The editor's accessible name. */
  label: string;
  onChange: (text: string) => void;
  onRun: () => void;
  /** Escape: the reader wants out of the editor. */
  onLeave: () => void;
}

export interface PythonEditor {
  /** Replaces the text (Reset) without reporting it back through `onChange`. */
  setText(text: string): void;
  /** Marks the line the code raised on, or clears the mark. */
  markErrorLine(line: number | null): void;
  focus(): void;
}

// Shiki's colours (github-*-default), as the SQL editor uses them.
const highlightStyle = HighlightStyle.define([
  { tag: [tags.keyword, tags.operator, tags.bool, tags.null], color: colours.keyword },
  { tag: [tags.number], color: colours.number },
  { tag: [tags.string], color: colours.string },
  { tag: [tags.lineComment], color: colours.comment },
]);

// Mirrors `pre.astro-code` in global.css.
const layout = EditorView.theme({
  '&': { fontSize: '0.88em', color: colours.text, backgroundColor: colours.background, border: '1px solid var(--border)', borderRadius: '6px' },
  '&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.5' },
  '.cm-content': { padding: '0.9rem 0', caretColor: 'currentColor' },
  '.cm-line': { padding: '0 1rem' },
  '.cm-error-line': { backgroundColor: 'var(--error-bg)' },
});

const setErrorLine = StateEffect.define<number | null>();
const errorLineMark = Decoration.line({ class: 'cm-error-line' });

/** The line the code raised on, until the text changes. */
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

const fromOutside = Annotation.define<boolean>();

export function createPythonEditor(options: PythonEditorOptions): PythonEditor {
  const host = document.createElement('div');
  host.className = 'example-editor';
  options.parent.append(host);
  const view = new EditorView({
    parent: host.attachShadow({ mode: 'open' }),
    state: EditorState.create({
      doc: options.text,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (options.onRun(), true) }])),
        // Tab indents; Shift+Tab moves focus back and Escape leaves, so the keyboard is never trapped.
        keymap.of([{ key: 'Tab', run: indentMore }, { key: 'Escape', run: () => (options.onLeave(), true) }, ...defaultKeymap, ...historyKeymap]),
        history(),
        bracketMatching(),
        indentUnit.of('    '),
        python(),
        syntaxHighlighting(highlightStyle),
        errorLine,
        layout,
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !update.transactions.some((t) => t.annotation(fromOutside))) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    setText(text) {
      if (text === view.state.doc.toString()) return;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, annotations: fromOutside.of(true) });
    },
    markErrorLine(line) {
      view.dispatch({ effects: setErrorLine.of(line) });
    },
    focus() {
      view.focus();
    },
  };
}
