import { QueryFailedError } from 'typeorm';
import { isConnectionLoss } from './connection-loss';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isConnectionLoss', () => {
  it.each([
    ['a terminated backend (57P01)', new QueryFailedError('SELECT 1', [], pgError('57P01', 'terminating connection due to administrator command'))],
    ['a connection exception (08006)', new QueryFailedError('SELECT 1', [], pgError('08006'))],
    ['too many connections (53300)', pgError('53300')],
    ['node-pg: the socket closed', new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly'))],
    ['node-pg: a broken client', new QueryFailedError('SELECT 1', [], new Error('Client has encountered a connection error and is not queryable'))],
    ['the pool could not connect in time', new Error('timeout exceeded when trying to connect')],
    ['a reset socket, as a cause', new Error('wrapped', { cause: pgError('ECONNRESET') })],
    ['a query runner released by a broken connection', Object.assign(new Error('released'), { name: 'QueryRunnerAlreadyReleasedError' })],
  ])('%s is a lost connection', (_, error) => {
    expect(isConnectionLoss(error)).toBe(true);
  });

  it.each([
    ['a unique violation', new QueryFailedError('INSERT', [], pgError('23505'))],
    ['a syntax error', new QueryFailedError('SELEC', [], pgError('42601'))],
    ['a plain bug', new TypeError('x is undefined')],
    ['a string', 'Connection terminated'],
    ['nothing', undefined],
  ])('%s is not', (_, error) => {
    expect(isConnectionLoss(error)).toBe(false);
  });

  it('does not loop on a cause cycle', () => {
    const a: Error & { cause?: unknown } = new Error('a');
    a.cause = a;
    expect(isConnectionLoss(a)).toBe(false);
  });
});
