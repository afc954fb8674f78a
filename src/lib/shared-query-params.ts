// The address parameters of a link that carries an edited query (shared-query.ts makes and decodes
// them): small, since every page checks its address for them.

export const EXAMPLE_PARAM = 'example';
export const SQL_PARAM = 'sql';
export const PYTHON_PARAM = 'py';

/** The shared query (SQL, Python or both) a URL carries, still encoded, or null. */
export function sharedQueryIn(url: URL): { exampleId: string; payload: string | null; pythonPayload: string | null } | null {
  const exampleId = url.searchParams.get(EXAMPLE_PARAM);
  const payload = url.searchParams.get(SQL_PARAM);
  const pythonPayload = url.searchParams.get(PYTHON_PARAM);
  return exampleId && (payload !== null || pythonPayload !== null) ? { exampleId, payload, pythonPayload } : null;
}
