// Build time (Node): the Django bundle the browser's Python loads, and the Pyodide files served with
// it. The bundle is made from the Django that `npm run orm:check` finds (scripts/find-python.ts),
// compiled to .pyc by Pyodide's own Python (make_django_bundle.py), and cached under
// node_modules/.cache, keyed by everything that goes into it, so a build or a check after the first
// takes no time. Without Django there is no bundle, and `unavailable` says why.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { PyBuffer } from 'pyodide/ffi';
import { findPython, pythonCandidates } from '../../../scripts/find-python.ts';

// From the working directory, as the content is read: this module is also bundled into the build's pages.
const ROOT = process.cwd();
const PROJECT = join(ROOT, 'content', 'django');
const PYODIDE_RUN = join(ROOT, 'src', 'runners', 'python', 'pyodide_run.py');
const MAKE_BUNDLE = join(ROOT, 'src', 'build', 'python', 'make_django_bundle.py');
const CACHE = join(ROOT, 'node_modules', '.cache', 'handbook-python');
/** The import names of Django and what it imports, as packaged for the bundle. */
const PACKAGES = ['django', 'sqlparse', 'asgiref'];

export const pyodideFolder = dirname(createRequire(join(ROOT, 'package.json')).resolve('pyodide/package.json'));
export const pyodideVersion: string = JSON.parse(readFileSync(join(pyodideFolder, 'package.json'), 'utf8')).version;
/** What the browser fetches of Pyodide's own files: its loader and runtime (the standard library is ours). */
export const pyodideFiles = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm'];

export type DjangoBundle =
  /** `file`: the bundle; `stdlib`: the python_stdlib.zip to serve instead of Pyodide's (make_stdlib). */
  | { kind: 'built'; file: string; stdlib: string; hash: string; django: string }
  | { kind: 'unavailable'; reason: string };

interface InstalledPackages {
  django: string;
  folders: string[];
  /** Licence files of each package, by package name. */
  licences: Record<string, string[]>;
}

// Asked of the Python that has Django: where the packages are, and their licence files (in their
// .dist-info, or Debian's /usr/share/doc/python3-<name>/copyright).
const FIND_PACKAGES = `
import importlib.metadata, json, os, django
folders, licences = [], {}
for dist_name, name in (("Django", "django"), ("sqlparse", "sqlparse"), ("asgiref", "asgiref")):
    module = __import__(name)
    folders.append(os.path.dirname(module.__file__))
    files = [str(importlib.metadata.distribution(dist_name).locate_file(f)) for f in importlib.metadata.distribution(dist_name).files or [] if "LICEN" in f.name.upper() or "COPYING" in f.name.upper()]
    debian = f"/usr/share/doc/python3-{name}/copyright"
    licences[name] = [f for f in files if os.path.exists(f)] or ([debian] if os.path.exists(debian) else [])
print(json.dumps({"django": django.get_version(), "folders": folders, "licences": licences}))
`;

function installedPackages(): InstalledPackages | { reason: string } {
  const candidates = pythonCandidates(process.env);
  const python = findPython(candidates);
  if (python === null) return { reason: `no Python that can import Django (tried ${candidates.join(', ')})` };
  const found = spawnSync(python, ['-c', FIND_PACKAGES], { encoding: 'utf8' });
  if (found.status !== 0) return { reason: `${python} could not locate Django's packages: ${found.stderr.trim()}` };
  return JSON.parse(found.stdout) as InstalledPackages;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => !name.split(/[\\/]/).includes('__pycache__'))
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}

/** A key over everything that goes into the bundle: package files (by size and time), project files, scripts. */
function bundleKey(packages: InstalledPackages): string {
  const hash = createHash('sha256').update(`${pyodideVersion}\n${packages.django}\n`);
  for (const folder of packages.folders) {
    for (const path of filesUnder(folder)) {
      const { size, mtimeMs } = statSync(path);
      hash.update(`${path} ${size} ${mtimeMs}\n`);
    }
  }
  const projectModules = filesUnder(PROJECT).filter((path) => path.endsWith('.py')); // all the bundle takes from it
  for (const path of [...projectModules, PYODIDE_RUN, MAKE_BUNDLE, ...Object.values(packages.licences).flat()]) {
    hash.update(`${relative(ROOT, path)}\n`).update(readFileSync(path));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The bundle and the standard library, made in one Pyodide. */
async function makeBundle(packages: InstalledPackages): Promise<{ bundle: Uint8Array; stdlib: Uint8Array }> {
  const { loadPyodide } = await import('pyodide');
  const pyodide = await loadPyodide();
  const mount = (hostFolder: string, at: string) => {
    pyodide.mountNodeFS(at, hostFolder);
    return at;
  };
  const packageFolders = packages.folders.map((folder, i) => mount(folder, `/host/packages/${i}/${PACKAGES[i]}`));
  const project = mount(PROJECT, '/host/project');
  const runner = mount(dirname(PYODIDE_RUN), '/host/runner');
  for (const name of PACKAGES) {
    if (!packages.licences[name]?.length) throw new Error(`the Django bundle needs ${name}'s licence, and none was found beside it`);
  }
  const licences = Object.fromEntries(PACKAGES.map((name) => [name, packages.licences[name]!.map((path) => readFileSync(path, 'utf8')).join('\n\n')]));
  pyodide.runPython(readFileSync(MAKE_BUNDLE, 'utf8'));
  const bytesOf = (made: PyBuffer) => {
    const bytes = new Uint8Array(made.getBuffer('u8').data);
    made.destroy();
    return bytes;
  };
  const projectFiles = pyodide.toPy([`${runner}/pyodide_run.py`]);
  // The standard library first: it compiles the modules imported so far, which must not include those only making the bundle needs.
  const stdlib = bytesOf(pyodide.globals.get('make_stdlib')(pyodide.toPy(packageFolders), project, projectFiles));
  const bundle = bytesOf(pyodide.globals.get('make_bundle')(pyodide.toPy(packageFolders), project, projectFiles, pyodide.toPy(licences)));
  return { bundle, stdlib };
}

let cached: Promise<DjangoBundle> | null = null;

/** The Django bundle, built once per process (and cached on disk across builds). */
export function djangoBundle(): Promise<DjangoBundle> {
  cached ??= (async (): Promise<DjangoBundle> => {
    const packages = installedPackages();
    if ('reason' in packages) return { kind: 'unavailable', reason: packages.reason };
    const hash = bundleKey(packages);
    const file = join(CACHE, `django-${hash}.tar.gz`);
    const stdlib = join(CACHE, `stdlib-${hash}.zip`);
    if (!existsSync(file) || !existsSync(stdlib)) {
      const made = await makeBundle(packages);
      rmSync(CACHE, { recursive: true, force: true }); // older bundles
      mkdirSync(CACHE, { recursive: true });
      writeFileSync(stdlib, made.stdlib);
      writeFileSync(file, made.bundle);
    }
    return { kind: 'built', file, stdlib, hash, django: packages.django };
  })();
  return cached;
}

/** Where the built site serves the Python files, relative to its base; and their sizes in bytes. */
export function siteFiles(bundle: Extract<DjangoBundle, { kind: 'built' }>) {
  const runtime = pyodideFiles.reduce((sum, name) => sum + statSync(join(pyodideFolder, name)).size, statSync(bundle.stdlib).size);
  return {
    pyodide: `python/pyodide-${pyodideVersion}/`,
    stdlib: `python/stdlib-${bundle.hash}.zip`,
    django: `python/django-${bundle.hash}.tar.gz`,
    sizes: { runtime, django: statSync(bundle.file).size },
  };
}
