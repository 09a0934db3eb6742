/** `npm run start:worker`: queue workers, schedulers and the outbox relay without the HTTP API (needs DATABASE_URL). */
process.env.APP_ROLE = 'worker';
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('./main').start();
