/**
 * Marks a statement to be prepared by name on each connection (see GuardedClient in data-source.ts): PostgreSQL then
 * parses it once per connection and, once its plan proves stable, stops planning it. For the few statements every
 * transition runs; a statement whose best plan depends on its parameters (a list's filters) stays unnamed.
 */
export const PREPARED = '/* prepared */ ';
