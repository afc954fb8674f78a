// The in-place code editor (CodeMirror 6) that the SQL editor (sql-editor.ts) and the Python editor
// (python-editor.ts) share; each adds only its language. Imported with them, on a reader's first
// edit, so pages load without it. It takes the exact place of the highlighted code: same font,
// size, line height, padding and border (see `layout`), so nothing moves when it appears.
import { defaultKeymap, history, historyKeymap, indentMore } from '@codemirror/commands';
import { bracketMatching, HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { Annotation, EditorState, Prec, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, keymap, type DecorationSet, type KeyBinding } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { editorColours as colours } from '../lib/code-themes.ts';

export interface CodeEditorOptions {
  /** The element the editor goes into. */
  parent: HTMLElement;
  text: string;
  /** The editor's accessible name, and its description when it has one. */
  label: string;
  description?: string;
  onChange: (text: string) => void;
  onRun: () => void;
  /** Escape: the reader wants out of the editor. */
  onLeave: () => void;
}

/** What a language adds: its extensions, and keys that come before the default keymap. */
export interface EditorLanguage {
  extensions: Extension[];
  keys?: readonly KeyBinding[];
}

export interface CodeEditor {
  readonly view: EditorView;
  /** Replaces the text (e.g. Reset) without reporting it back through `onChange`. */
  setText(text: string): void;
  /** Marks the line a run failed on, or clears the mark. */
  markErrorLine(line: number | null): void;
  /** Focuses the editor, with the cursor at a point on screen when given (where the reader clicked). */
  focus(at?: { x: number; y: number }): void;
}

// Shiki's colours (github-*-default; light-dark() follows the page's color-scheme, which the theme
// sets), for the tags lang-sql and lang-python give.
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

export function createCodeEditor(options: CodeEditorOptions, language: EditorLanguage): CodeEditor {
  // A shadow root, so CodeMirror's styles go into a constructed stylesheet: the site's CSP allows
  // no <style> elements, which is what CodeMirror would add to the document itself.
  const host = document.createElement('div');
  host.className = 'example-editor';
  options.parent.append(host);

  const view = new EditorView({
    parent: host.attachShadow({ mode: 'open' }),
    state: EditorState.create({
      doc: options.text,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (options.onRun(), true) }])),
        // Tab indents; Shift+Tab is left to the browser (focus moves back) and Escape leaves, so
        // keyboard users are never trapped. Outdent stays on Mod-[.
        keymap.of([
          { key: 'Tab', run: indentMore },
          { key: 'Escape', run: () => (options.onLeave(), true) },
          ...(language.keys ?? []),
          ...defaultKeymap,
          ...historyKeymap,
        ]),
        history(),
        bracketMatching(),
        language.extensions,
        syntaxHighlighting(highlightStyle),
        errorLine,
        layout,
        EditorView.contentAttributes.of({ 'aria-label': options.label, ...(options.description ? { 'aria-description': options.description } : {}) }),
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
