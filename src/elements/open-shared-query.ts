// Opens a link made by "Copy link with your edit": puts the shared SQL (and an ORM example's shared
// Python) into its example, says that it differs from the original, and offers Reset. Uses only
// the public API of <sql-example> and <python-example>. CopyLink.astro imports it only when the
// page's address carries a shared query.
import { decodeSql } from '../lib/shared-query.ts';
import { EXAMPLE_PARAM, PYTHON_PARAM, SQL_PARAM, sharedQueryIn } from '../lib/shared-query-params.ts';

type Example = HTMLElement & { sql: string; reset(): void };
type PythonCode = HTMLElement & { code: string; reset(): void };

function notice(example: Example, text: string, role: 'status' | 'alert'): HTMLElement {
  const box = document.createElement('div');
  box.className = 'shared-query-notice';
  const message = Object.assign(document.createElement('p'), { textContent: text });
  message.setAttribute('role', role);
  box.append(message);
  example.querySelector('.example-header')!.after(box);
  return box;
}

/** Drops the shared query from the address bar, so reloading shows the original again. */
function forgetSharedQuery() {
  const url = new URL(location.href);
  url.searchParams.delete(EXAMPLE_PARAM);
  url.searchParams.delete(SQL_PARAM);
  url.searchParams.delete(PYTHON_PARAM);
  history.replaceState(history.state, '', url);
}

async function openSharedQuery() {
  const shared = sharedQueryIn(new URL(location.href));
  if (!shared) return;
  const example = document.getElementById(shared.exampleId);
  if (example?.localName !== 'sql-example') return;
  await customElements.whenDefined('sql-example');
  const target = example as Example;
  const python = target.querySelector<PythonCode>('python-example');
  let sql: string | null;
  let code: string | null;
  try {
    sql = shared.payload === null ? null : await decodeSql(shared.payload);
    code = shared.pythonPayload === null || !python ? null : await decodeSql(shared.pythonPayload);
  } catch {
    notice(target, 'This link was meant to open an edited query, but the query in it is damaged (the link may have been cut short). Showing the original example.', 'alert');
    return;
  }
  if (sql !== null) target.sql = sql;
  if (code !== null) {
    await customElements.whenDefined('python-example');
    python!.code = code;
  }
  const edited = () => target.hasAttribute('data-edited') || (python?.hasAttribute('data-edited') ?? false);
  if (!edited()) return; // the shared query is the original one

  const what = python?.hasAttribute('data-edited') ? 'code' : 'a query';
  const box = notice(target, `This example holds ${what} shared by link: it differs from the original.`, 'status');
  const reset = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: 'Reset to the original' });
  box.append(reset);
  const close = () => {
    box.remove();
    forgetSharedQuery();
    target.removeEventListener('sqlchange', onChange);
    target.removeEventListener('pythonchange', onChange);
  };
  const onChange = () => {
    if (!edited()) close();
  };
  target.addEventListener('sqlchange', onChange);
  target.addEventListener('pythonchange', onChange); // bubbles from its <python-example>
  reset.addEventListener('click', () => {
    python?.reset();
    target.reset(); // its 'sqlchange' closes the notice
    target.querySelector<HTMLElement>('.example-title')?.focus();
  });
}

void openSharedQuery();
