// The Schema panel: an example's tables and views with their columns, as text.
import type { DatabaseSchema, SchemaColumn } from '../runners/sql/database-schema.ts';
import { element } from './render-result.ts';

function columnNotes(column: SchemaColumn): string {
  const notes = [column.type || 'no declared type'];
  if (column.primaryKey) notes.push('primary key');
  if (column.notNull) notes.push('not null');
  if (column.references) notes.push(`→ ${column.references}`);
  return notes.join(', ');
}

export function renderSchema(schema: DatabaseSchema): HTMLElement {
  if (schema.length === 0) return element('p', 'schema-empty', 'This example starts with no tables.');
  const list = element('dl', 'schema');
  for (const table of schema) {
    const name = element('dt');
    name.append(element('code', undefined, table.name));
    if (table.kind === 'view') name.append(' (view)');
    const columns = element('ul', 'schema-columns');
    for (const column of table.columns) {
      const item = element('li');
      item.append(element('code', undefined, column.name), ` ${columnNotes(column)}`);
      columns.append(item);
    }
    const details = element('dd');
    details.append(columns);
    list.append(name, details);
  }
  return list;
}
