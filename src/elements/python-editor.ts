// The in-place Python editor of an ORM example: the shared code editor (code-editor.ts) with
// @codemirror/lang-python and four-space indents. Imported on the reader's first Edit Python.
import { python } from '@codemirror/lang-python';
import { indentUnit } from '@codemirror/language';
import { createCodeEditor, type CodeEditor, type CodeEditorOptions } from './code-editor.ts';

export type PythonEditor = CodeEditor;

export function createPythonEditor(options: CodeEditorOptions): PythonEditor {
  return createCodeEditor(options, { extensions: [indentUnit.of('    '), python()] });
}
