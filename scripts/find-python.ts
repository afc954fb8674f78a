import { spawnSync } from 'node:child_process';

/**
 * The Pythons to try for the Django check, in order: $PYTHON, then the first python3 on PATH, then
 * /usr/bin/python3 (Debian's, which sees apt's python3-django when another python3 comes first on PATH).
 */
export function pythonCandidates(env: Record<string, string | undefined>): string[] {
  return [...new Set([env.PYTHON, 'python3', '/usr/bin/python3'].filter((python): python is string => Boolean(python)))];
}

export function canImport(python: string, module: string): boolean {
  return spawnSync(python, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;
}

export function canImportDjango(python: string): boolean {
  return canImport(python, 'django');
}

/** The first candidate that can import Django (or passes another test), or null when none can. */
export function findPython(candidates: string[], hasDjango: (python: string) => boolean = canImportDjango): string | null {
  return candidates.find(hasDjango) ?? null;
}
