/// <reference lib="webworker" />

/**
 * Imported first by the import worker, so it listens before any other module of the worker runs: a
 * Content Security Policy violation inside a worker fires on the worker, not on the page's document,
 * and the browser's own console line is not something a test can read. Logged as an error, it shows in
 * the page's console, where the end-to-end tests fail on any error.
 */
self.addEventListener('securitypolicyviolation', (event) => {
  console.error(
    `Content Security Policy violation in the import worker: ${event.violatedDirective} ${event.blockedURI}`,
  );
});
