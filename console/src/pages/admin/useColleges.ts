import { useEffect, useState } from 'react';
import { api, call, type Schemas } from '../../api/client';

export type College = Schemas['College'];

/** Every college (reference data, at most a few dozen): for filters and selects. */
export function useColleges(version = 0): College[] {
  const [colleges, setColleges] = useState<College[]>([]);
  useEffect(() => {
    call(api.GET('/api/v1/colleges', { params: { query: { page: 1, pageSize: 100 } } }))
      .then((d) => setColleges(d.items))
      .catch(() => setColleges([]));
  }, [version]);
  return colleges;
}
