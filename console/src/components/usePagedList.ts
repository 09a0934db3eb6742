import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client';

/**
 * One page of a list, read again whenever `fetchPage` (its filters), the page or the page size change, or `reload()`
 * is called after a write. `error` is the API's message for a failed read; a page may also set its own.
 */
export function usePagedList<T>(fetchPage: (page: number, pageSize: number) => Promise<T>, page: number, pageSize: number) {
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    setLoading(true);
    fetchPage(page, pageSize)
      .then((d) => {
        setData(d);
        setError(null);
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.describe() : String(e)))
      .finally(() => setLoading(false));
  }, [fetchPage, page, pageSize, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data, loading, error, setError, reload };
}
