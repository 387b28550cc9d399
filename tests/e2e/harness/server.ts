import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
export const REAL_PAGES = resolve(import.meta.dirname, '../../../../shared/real-pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.json': 'application/json',
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:34567 */
  origin: string;
  /** Every path requested, in order (tests use it to prove the extension asks for nothing). */
  requests: string[];
  close(): Promise<void>;
}

/** The paragraph `?inject=1` adds to a page: several partners, plus look-alikes that must stay unmarked. */
export const INJECTED_PARAGRAPH =
  '<p data-npa-test="injected">Das Bündnis „Niedersachsen packt an“ zieht Bilanz: Ministerpräsident Stephan Weil, ' +
  'Landesbischof Ralf Meister und der Niedersächsische Städtetag loben die Arbeit, weil sie wirkt. ' +
  'Der Deutsche Städtetag und der DGB Bayern sind keine Partner.</p>';

/** What the injected paragraph must produce, and nothing else. */
export const INJECTED_EXPECTED: Record<string, string[]> = {
  'npa-alliance': ['„Niedersachsen packt an“'],
  'npa-stephan-weil': ['Ministerpräsident Stephan Weil'],
  'npa-ralf-meister': ['Landesbischof Ralf Meister'],
  'npa-nst': ['Niedersächsische Städtetag'],
};

/**
 * Serves `tests/fixtures/` at `/` and `../shared/real-pages/` at `/real/` on loopback.
 * `?csp=<policy>` sends that Content-Security-Policy header with the page; `?inject=1` puts
 * INJECTED_PARAGRAPH before `</body>`. `generated` maps further paths to HTML made by the caller (bench pages).
 */
export async function startServer(generated: Record<string, string> = {}): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    const page = generated[url.pathname];
    if (page !== undefined) {
      const headers: Record<string, string> = { 'content-type': TYPES['.html'] };
      const csp = url.searchParams.get('csp');
      if (csp) headers['content-security-policy'] = csp;
      res.writeHead(200, headers).end(page);
      return;
    }
    const [base, rel] = url.pathname.startsWith('/real/')
      ? [REAL_PAGES, url.pathname.slice('/real/'.length)]
      : [FIXTURES, url.pathname.slice(1)];
    const file = normalize(join(base, decodeURIComponent(rel)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body: Buffer | string = await readFile(file);
      if (url.searchParams.get('inject') === '1') {
        // Before the last </body>: the first <body> may sit in a conditional comment.
        const html = body.toString('utf8');
        const at = html.toLowerCase().lastIndexOf('</body>');
        body = at >= 0 ? html.slice(0, at) + INJECTED_PARAGRAPH + html.slice(at) : html + INJECTED_PARAGRAPH;
      }
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      const csp = url.searchParams.get('csp');
      if (csp) headers['content-security-policy'] = csp;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
