import ImportWorker from './worker.ts?worker&inline';

/**
 * The one place the import worker is created. It starts from a `blob:` URL holding its inlined code,
 * never from a URL of the site: a worker from a same-origin URL takes its Content Security Policy from
 * its own response headers, and a static host sends none, so that worker (the one that parses hostile
 * files) could `eval`. A `blob:` worker inherits the page's policy (`worker-src blob:`), eval included.
 * The code rides in the client's lazy chunk, which loads on the first import anyway. Vite makes it a
 * module worker here and a classic one in the one-file build (`worker.format: 'iife'`), where a module
 * worker from `blob:` cannot start on `file://`. Under `npm start` (Vite's dev server) it is a URL
 * worker: the policy holds for the built site. Proved by tests/e2e/workerPolicy.test.ts.
 */
export function createImportWorker(): Worker {
  return new ImportWorker({ name: 'import' });
}
