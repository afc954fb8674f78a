import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tabForKey } from './tab-keys.ts';

test('arrows move to the next or previous tab and wrap around', () => {
  assert.equal(tabForKey('ArrowRight', 0, 2), 1);
  assert.equal(tabForKey('ArrowRight', 1, 2), 0);
  assert.equal(tabForKey('ArrowLeft', 0, 2), 1);
  assert.equal(tabForKey('ArrowLeft', 2, 3), 1);
});

test('Home and End go to the first and last tab; other keys do nothing', () => {
  assert.equal(tabForKey('Home', 2, 3), 0);
  assert.equal(tabForKey('End', 0, 3), 2);
  assert.equal(tabForKey('Enter', 0, 3), null);
  assert.equal(tabForKey('ArrowDown', 0, 3), null);
});
