import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeSql, encodeSql, MAX_SHARE_URL_LENGTH, shareLink } from './shared-query.ts';
import { sharedQueryIn } from './shared-query-params.ts';

const sql = "SELECT name, 'naïve ☃' AS note\nFROM employees\nWHERE salary > 100000 -- a comment\nORDER BY name;";

test('SQL survives the round trip, including non-ASCII text', async () => {
  assert.equal(await decodeSql(await encodeSql(sql)), sql);
  assert.equal(await decodeSql(await encodeSql('')), '');
});

test('the payload only uses URL-safe characters and is compressed', async () => {
  const repetitive = 'SELECT * FROM employees WHERE id = 1;\n'.repeat(20);
  const payload = await encodeSql(repetitive);
  assert.match(payload, /^[A-Za-z0-9_-]+$/);
  assert.ok(payload.length < repetitive.length / 4, `payload of ${payload.length} characters`);
});

test('a share link names the example, carries the SQL and targets the example anchor', async () => {
  const link = await shareLink('https://example.org/base/questions/q/?interview=1#top', 'cte-chained', sql);
  assert.equal(link.kind, 'link');
  const url = new URL(link.kind === 'link' ? link.url : '');
  assert.equal(url.pathname, '/base/questions/q/');
  assert.equal(url.hash, '#cte-chained');
  const shared = sharedQueryIn(url)!;
  assert.equal(shared.exampleId, 'cte-chained');
  assert.equal(await decodeSql(shared.payload!), sql);
  assert.equal(shared.pythonPayload, null);
});

test('a share link of an ORM example can carry its edited Python, alone or with the SQL', async () => {
  const python = 'from shop.models import Product\nresult = Product.objects.count()';
  for (const [edited, expectedSql] of [[null, null], [sql, sql]] as const) {
    const link = await shareLink('https://example.org/questions/q/', 'orm-x', edited, python);
    const shared = sharedQueryIn(new URL(link.kind === 'link' ? link.url : ''))!;
    assert.equal(await decodeSql(shared.pythonPayload!), python);
    assert.equal(shared.payload === null ? null : await decodeSql(shared.payload), expectedSql);
  }
});

test('a query whose link would pass the cap is refused with the length', async () => {
  // Pseudo-random text barely compresses, so 3,000 characters of it cannot fit in the cap.
  let seed = 1;
  const noise = Array.from({ length: 3000 }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return String.fromCharCode(33 + (seed % 94));
  }).join('');
  const link = await shareLink('https://example.org/questions/q/', 'x', noise);
  assert.equal(link.kind, 'too-long');
  assert.ok(link.kind === 'too-long' && link.length > MAX_SHARE_URL_LENGTH);
});

test('a damaged payload fails to decode instead of returning garbage', async () => {
  const payload = await encodeSql(sql);
  await assert.rejects(decodeSql(payload.slice(0, payload.length / 2)));
  await assert.rejects(decodeSql('not*base64'));
});

test('a URL without the example and an edit carries no shared query', () => {
  assert.equal(sharedQueryIn(new URL('https://example.org/?example=x')), null);
  assert.equal(sharedQueryIn(new URL('https://example.org/')), null);
});
