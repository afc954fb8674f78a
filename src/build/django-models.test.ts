import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { modelsExcerpts, topLevelClasses } from './django-models.ts';

const shopModels = `from django.db import models


class Category(models.Model):
    name = models.CharField(max_length=100)

    class Meta:
        verbose_name_plural = "categories"


# Money in cents.
class Product(models.Model):
    category = models.ForeignKey(Category, on_delete=models.PROTECT)

    def __str__(self):
        return self.name
`;

test('a class runs from its class line to the next top-level line, blank lines inside kept', () => {
  const classes = topLevelClasses(shopModels);
  assert.deepEqual([...classes.keys()], ['Category', 'Product']);
  assert.equal(classes.get('Category'), 'class Category(models.Model):\n    name = models.CharField(max_length=100)\n\n    class Meta:\n        verbose_name_plural = "categories"');
  assert.equal(classes.get('Product')!.split('\n').at(-1), '        return self.name');
});

test('excerpts group the named models by app, in definition order; an unknown name throws', () => {
  const project = mkdtempSync(join(tmpdir(), 'django-project-'));
  for (const [app, source] of [['shop', shopModels], ['blog', 'class Article:\n    pass\n']]) {
    mkdirSync(join(project, app!));
    writeFileSync(join(project, app!, 'models.py'), source!);
  }
  writeFileSync(join(project, 'settings.py'), 'INSTALLED_APPS = []\n');
  assert.deepEqual(modelsExcerpts(project, ['Product', 'Article', 'Category']), [
    { file: 'blog/models.py', code: 'class Article:\n    pass' },
    { file: 'shop/models.py', code: `${topLevelClasses(shopModels).get('Category')}\n\n\n${topLevelClasses(shopModels).get('Product')}` },
  ]);
  assert.throws(() => modelsExcerpts(project, ['Product', 'Prodcut']), /no model named Prodcut/);
});
