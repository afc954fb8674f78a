/**
 * The words of a site path, for the 404 page's search: a mistyped or outdated link usually still
 * names what the reader wanted. "/handbook/questions/recursive-querys/" → "recursive querys".
 */
export function searchTermsFromPath(pathname: string, base: string): string {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  let text = path;
  try {
    text = decodeURIComponent(path);
  } catch {
    // A malformed escape: search for the raw text.
  }
  return text
    .replace(/^\/?questions\//, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && word !== 'html' && word !== 'index')
    .join(' ');
}
