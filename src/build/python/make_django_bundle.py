"""Makes the Django bundle the browser's Python loads. django-bundle.ts runs it in Pyodide (in Node)
with the host's folders mounted, so every module is compiled to .pyc by the Python that will import
it (Pyodide's, not the host's). A gzipped tar, so the browser's worker inflates it with the browser's
own gzip (DecompressionStream) while it downloads and unpacks it in a few milliseconds
(src/runners/python/bundle-archive.ts), where unpacking a zip in Python took ~250 ms. It holds:
    packages/django/…, packages/sqlparse/…, packages/asgiref/…   .pyc only, trimmed of what the ORM never imports
    project/…   content/django (settings, the shop and blog apps, the harness) and pyodide_run
    licenses/…  each package's licence
    zoneinfo/UTC  the one time zone the project uses (settings.TIME_ZONE); Pyodide has no tz database
and make_stdlib() makes the standard library the browser loads (python_stdlib.zip, compiled in part).
"""

import importlib.util
import io
import os
import sys
import zipfile

# make_stdlib() runs first and compiles every standard module imported by then, so what only
# make_bundle() needs is imported there.

# Django parts the ORM never imports: the admin and the other web apps, and GIS (it needs GDAL).
DROPPED_APPS = {"admin", "admindocs", "gis", "staticfiles", "flatpages", "redirects", "sitemaps"}
# Templates, static files, translations and project templates serve web pages; the ORM needs none.
DROPPED_SUFFIXES = (".html", ".js", ".css", ".txt", ".txt.gz", ".map", ".svg", ".png", ".gif", ".woff", ".woff2", ".mo", ".po", ".py-tpl")


# A TZif file (RFC 8536, version 1) for UTC: no transitions, one type (offset 0, "UTC").
UTC_TZIF = b"TZif" + bytes(16) + (0).to_bytes(4, "big") * 4 + (1).to_bytes(4, "big") + (4).to_bytes(4, "big") + bytes(6) + b"UTC\0"


def kept(relative):
    """Whether a package's file (its path under packages/) goes into the bundle."""
    parts = relative.split("/")
    if "__pycache__" in parts:
        return False
    if "locale" in parts:
        # English only: django.conf.locale itself is imported (LANG_INFO), and Django's English
        # catalogue, which translation needs even when nothing is translated.
        return relative == "django/conf/locale/__init__.py" or (parts[:4] == ["django", "conf", "locale", "en"] and not relative.endswith(".po"))
    if relative.endswith(DROPPED_SUFFIXES):
        return False
    return not (parts[:2] == ["django", "contrib"] and parts[2] in DROPPED_APPS)


def add_file(bundle, name, data):
    """A regular file; ustar names (up to 255 characters, which tarfile checks) and no times, so the same input gives the same bytes."""
    import tarfile

    entry = tarfile.TarInfo(name)
    entry.size = len(data)
    bundle.addfile(entry, io.BytesIO(data))


def add_module(bundle, path, name):
    """A module compiled to `name` + "c", without its source (tracebacks still name `name`)."""
    import py_compile
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        compiled = py_compile.compile(path, os.path.join(folder, "module.pyc"), dfile=name, doraise=True, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
        with open(compiled, "rb") as file:
            add_file(bundle, name + "c", file.read())


def add_folder(bundle, root, prefix, keep):
    for folder, subfolders, files in os.walk(root):
        subfolders.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, os.path.dirname(root) if prefix == "packages/" else root).replace(os.sep, "/")
            if not keep(relative):
                continue
            if name.endswith(".py"):
                add_module(bundle, path, prefix + relative)
            else:
                with open(path, "rb") as file:
                    add_file(bundle, prefix + relative, file.read())


def make_bundle(package_folders, project_folder, project_files, licences):
    """The bundle's bytes: the packages (each a mounted folder named as its import name), the
    project's .py files, more files for the project folder, and the licence text of each package."""
    import gzip
    import tarfile

    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9, mtime=0) as compressed, tarfile.open(fileobj=compressed, mode="w", format=tarfile.USTAR_FORMAT) as bundle:
        for folder in package_folders:
            add_folder(bundle, folder, "packages/", kept)
        add_folder(bundle, project_folder, "project/", lambda relative: relative.endswith(".py"))
        for path in project_files:
            add_module(bundle, path, f"project/{os.path.basename(path)}")
        for name, text in licences.items():
            add_file(bundle, f"licenses/{name}.txt", text.encode())
        add_file(bundle, "zoneinfo/UTC", UTC_TZIF)
    return buffer.getvalue()


def make_stdlib(package_folders, project_folder, project_files):
    """Pyodide's python_stdlib.zip with every module that starting Python and the handbook's Django
    imports compiled to .pyc: Pyodide ships the sources only, and compiling them took ~1 s of the
    browser's first run. The modules are found by starting it here, from the host's folders."""
    sys.path[:0] = [project_folder, *{os.path.dirname(path) for path in project_files}, *{os.path.dirname(folder) for folder in package_folders}]
    import pyodide_run

    pyodide_run.load_dataset("CREATE TABLE t (x)")
    pyodide_run.run("from django.db import connection\nconnection.cursor().execute('SELECT x FROM t')", "start.py", "")
    stdlib = next(path for path in sys.path if path.endswith(".zip"))
    imported = {module.__file__[len(stdlib) + 1 :] for module in list(sys.modules.values()) if (getattr(module, "__file__", None) or "").startswith(stdlib + "/")}
    buffer = io.BytesIO()
    with zipfile.ZipFile(stdlib) as original, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as compiled:
        for entry in original.infolist():
            data = original.read(entry)
            if entry.filename in imported:
                code = compile(data, f"{stdlib}/{entry.filename}", "exec", dont_inherit=True)
                compiled.writestr(entry.filename + "c", importlib._bootstrap_external._code_to_hash_pyc(code, importlib.util.source_hash(data), False))
            else:
                compiled.writestr(entry, data)
    return buffer.getvalue()
