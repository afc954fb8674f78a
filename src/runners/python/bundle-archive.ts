// The Django bundle (src/build/python/make_django_bundle.py) is a gzipped ustar archive of regular
// files. Its gzip is undone by the browser (DecompressionStream) or by Node's zlib; this writes the
// tar's files into Pyodide's file system, for the worker (worker.ts) and the Node check
// (scripts/orm-pyodide.ts) alike. Python's own unpacking of a zip took ~250 ms of a first run.

/** What of Pyodide's file system (Emscripten's FS) this uses. */
export interface BundleFileSystem {
  mkdirTree(path: string): void;
  writeFile(path: string, data: Uint8Array): void;
}

const BLOCK = 512;

/** Writes each file of the uncompressed tar `tar` under `folder`. */
export function unpackBundle(fs: BundleFileSystem, tar: Uint8Array, folder: string): void {
  const text = new TextDecoder();
  const folders = new Set<string>();
  // The archive ends with two blocks of zeros: an entry's name never starts with one.
  for (let at = 0; at + BLOCK <= tar.length && tar[at] !== 0; ) {
    const field = (offset: number, length: number) => text.decode(tar.subarray(at + offset, at + offset + length)).replace(/\0.*$/s, '');
    const type = field(156, 1);
    if (type !== '0' && type !== '') throw new Error(`the Django bundle has an entry of tar type "${type}"; it holds only files`);
    const prefix = field(345, 155);
    const path = `${folder}/${prefix ? `${prefix}/` : ''}${field(0, 100)}`;
    const size = parseInt(field(124, 12), 8);
    const parent = path.slice(0, path.lastIndexOf('/'));
    if (!folders.has(parent)) fs.mkdirTree(parent);
    folders.add(parent);
    fs.writeFile(path, tar.subarray(at + BLOCK, at + BLOCK + size));
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
}

/**
 * The tar inside the gzipped bundle. A host that labels `.gz` files `Content-Encoding: gzip` (Apache's
 * `AddEncoding`, some CDNs) has the browser undo the gzip already: then the bytes are the tar itself.
 */
export async function inflated(bundle: ArrayBuffer): Promise<ArrayBuffer> {
  const head = new Uint8Array(bundle, 0, Math.min(2, bundle.byteLength));
  if (head[0] !== 0x1f || head[1] !== 0x8b) return bundle; // not gzip's magic number
  return new Response(new Blob([bundle]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}
