import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's filters and page kept in the URL (`?stage=filing&page=2`), so a reload, the back button or a shared link
 * shows the same list. Values are strings; an empty value removes the parameter; any filter change goes to page 1.
 */
export function useUrlState<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => {
    const v = {} as Record<K, string | undefined>;
    for (const k of keys) v[k] = params.get(k) ?? undefined;
    return v;
  }, [params, keys]);
  const page = Number(params.get('page') ?? '1') || 1;
  const pageSize = Number(params.get('pageSize') ?? '20') || 20;
  const set = useCallback(
    (patch: Partial<Record<K | 'page' | 'pageSize', string | number | undefined | null>>) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined || v === null || v === '') next.delete(k);
          else next.set(k, String(v));
        }
        if (!('page' in patch)) next.delete('page');
        return next;
      });
    },
    [setParams],
  );
  return { values, page, pageSize, set };
}
