// Links that carry an edited query: ?example=<id>&sql=<payload>#<id>, where the payload is the
// SQL compressed with deflate-raw and written in base64url; an ORM example's edited Python goes in
// &py=<payload> the same way. No server: the link is the storage. Reading the parameters, which
// every page does, is shared-query-params.ts; this encoding is imported only to make or open a link.

import { EXAMPLE_PARAM, PYTHON_PARAM, SQL_PARAM } from './shared-query-params.ts';

/** Longer links get cut by chat apps, mail clients and some servers; 2,000 is safe everywhere. */
export const MAX_SHARE_URL_LENGTH = 2000;

async function pipeThrough(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export async function encodeSql(sql: string): Promise<string> {
  return toBase64Url(await pipeThrough(new TextEncoder().encode(sql), new CompressionStream('deflate-raw')));
}

/** Throws when the payload is not one `encodeSql` wrote (e.g. a link cut short). */
export async function decodeSql(payload: string): Promise<string> {
  const bytes = await pipeThrough(fromBase64Url(payload), new DecompressionStream('deflate-raw'));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export type ShareLink = { kind: 'link'; url: string } | { kind: 'too-long'; length: number };

/**
 * A link to `pageUrl` that reopens example `exampleId` holding `sql` (and, for an ORM example, the
 * Python `python`; null: the original), unless it would be too long.
 */
export async function shareLink(pageUrl: string, exampleId: string, sql: string | null, python: string | null = null): Promise<ShareLink> {
  const url = new URL(pageUrl);
  url.search = '';
  url.searchParams.set(EXAMPLE_PARAM, exampleId);
  if (sql !== null) url.searchParams.set(SQL_PARAM, await encodeSql(sql));
  if (python !== null) url.searchParams.set(PYTHON_PARAM, await encodeSql(python));
  url.hash = exampleId;
  const text = url.toString();
  return text.length > MAX_SHARE_URL_LENGTH ? { kind: 'too-long', length: text.length } : { kind: 'link', url: text };
}
