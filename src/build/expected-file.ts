import type { ExpectedOutput } from '../lib/example-result.ts';

/**
 * Serialises a stored expected output with one row per line, so a pull request's diff shows
 * exactly which rows changed.
 */
export function serializeExpected(output: ExpectedOutput): string {
  const tables = output.tables.map((table) => {
    const rows = table.rows.map((row) => `        ${JSON.stringify(row)}`).join(',\n');
    const columns = `      "columns": ${JSON.stringify(table.columns)}`;
    return `    {\n${columns},\n      "rows": [${rows ? `\n${rows}\n      ` : ''}]\n    }`;
  });
  const parts = [`  "tables": [${tables.length ? `\n${tables.join(',\n')}\n  ` : ''}]`];
  if (output.error !== undefined) parts.push(`  "error": ${JSON.stringify(output.error)}`);
  return `{\n${parts.join(',\n')}\n}\n`;
}
