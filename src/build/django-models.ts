import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Model classes cut from one app's models.py, in the order the file defines them. */
export interface ModelsExcerpt {
  /** Path inside the Django project, as a Django developer names it: `shop/models.py`. */
  file: string;
  code: string;
}

/** The top-level classes of a Python module, by name: each from its `class` line to the next top-level line. */
export function topLevelClasses(source: string): Map<string, string> {
  const classes = new Map<string, string>();
  let name: string | null = null;
  let lines: string[] = [];
  const finish = () => {
    if (name) classes.set(name, lines.join('\n').trimEnd());
    name = null;
  };
  for (const line of source.split('\n')) {
    const topLevel = /^\S/.test(line);
    if (topLevel) finish();
    const start = /^class (\w+)\b/.exec(line);
    if (start) {
      name = start[1]!;
      lines = [];
    }
    if (name) lines.push(line);
  }
  finish();
  return classes;
}

/**
 * The named models, cut from the apps' models.py under `projectDir` (content/django/): one excerpt
 * per app, classes in definition order. Throws on a name no app defines, so a typo fails the build.
 */
export function modelsExcerpts(projectDir: string, names: string[]): ModelsExcerpt[] {
  const apps = readdirSync(projectDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const excerpts: ModelsExcerpt[] = [];
  const found = new Set<string>();
  for (const app of apps) {
    let source: string;
    try {
      source = readFileSync(join(projectDir, app, 'models.py'), 'utf8');
    } catch {
      continue; // not an app with models
    }
    const picked = [...topLevelClasses(source)].filter(([name]) => names.includes(name));
    for (const [name] of picked) found.add(name);
    if (picked.length > 0) excerpts.push({ file: `${app}/models.py`, code: picked.map(([, code]) => code).join('\n\n\n') });
  }
  const unknown = names.filter((name) => !found.has(name));
  if (unknown.length > 0) throw new Error(`<Models>: no model named ${unknown.join(', ')} in ${projectDir}/*/models.py`);
  return excerpts;
}
