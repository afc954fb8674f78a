// Serves a built site the way a static host does (used by Playwright and the benchmark):
//   node scripts/serve-static.ts <dir> <port> [base]
// Directories serve their index.html; unknown paths get 404.html with status 404.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const [dir = 'dist', portText = '4329', base = '/'] = process.argv.slice(2);
const root = normalize(dir);
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.zip': 'application/zip',
  '.gz': 'application/gzip',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.sql': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

function resolveFile(urlPath: string): string | null {
  const path = join(root, normalize(decodeURIComponent(urlPath)));
  if (!path.startsWith(root)) return null;
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : null;
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const file = url.pathname.startsWith(base) ? resolveFile(url.pathname.slice(base.length - 1)) : null;
  const notFound = join(root, '404.html');
  const served = file ?? (existsSync(notFound) ? notFound : null);
  response.statusCode = file ? 200 : 404;
  if (!served) return response.end('Not found');
  response.setHeader('Content-Type', types[extname(served)] ?? 'application/octet-stream');
  createReadStream(served).pipe(response);
}).listen(Number(portText), '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${portText}${base}`);
});
