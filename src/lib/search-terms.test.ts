import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchTermsFromPath } from './search-terms.ts';

test('the words of a missing question path, without the base and the "questions" folder', () => {
  assert.equal(searchTermsFromPath('/questions/recursive-querys/', '/'), 'recursive querys');
  assert.equal(searchTermsFromPath('/handbook/questions/window_functions/index.html', '/handbook/'), 'window functions');
  assert.equal(searchTermsFromPath('/handbook/', '/handbook/'), '');
});

test('escaped characters are decoded, and a malformed escape does not throw', () => {
  assert.equal(searchTermsFromPath('/na%C3%AFve-joins', '/'), 'naïve joins');
  assert.equal(searchTermsFromPath('/bad%E0%A4%A', '/'), 'bad E0 A4');
});
