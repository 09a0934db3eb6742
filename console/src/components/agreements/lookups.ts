import { useEffect, useState } from 'react';
import { api, call, type Schemas } from '../../api/client';

type College = Schemas['College'];
type Partner = Schemas['Partner'];

let collegesOnce: Promise<College[]> | null = null;

/** Every college (a short list), read once per page load: names for the college column and filter. */
export function useColleges(): College[] {
  const [colleges, setColleges] = useState<College[]>([]);
  useEffect(() => {
    collegesOnce ??= call(api.GET('/api/v1/colleges', { params: { query: { pageSize: 100 } } })).then((r) => r.items);
    collegesOnce.then(setColleges).catch(() => {
      collegesOnce = null;
    });
  }, []);
  return colleges;
}

/** Partners matching a search (name or credit code), for selects. */
export function usePartners(q: string, status?: Partner['status']): { partners: Partner[]; loading: boolean } {
  const [partners, setPartners] = useState<Partner[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    let live = true;
    setLoading(true);
    const timer = setTimeout(() => {
      call(api.GET('/api/v1/partners', { params: { query: { pageSize: 50, sort: 'name', ...(q ? { q } : {}), ...(status ? { status } : {}) } } }))
        .then((r) => live && setPartners(r.items))
        .catch(() => live && setPartners([]))
        .finally(() => live && setLoading(false));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, status]);
  return { partners, loading };
}

/**
 * Users holding a role (e.g. the experts a center officer invites), or anyone (`'any'`); none for `null`. Empty
 * when the caller may not list users.
 */
export function useUsers(role: Schemas['UserDto']['roles'][number] | 'any' | null, collegeId?: string | null): Schemas['UserDto'][] {
  const [users, setUsers] = useState<Schemas['UserDto'][]>([]);
  useEffect(() => {
    if (!role) return;
    call(api.GET('/api/v1/users', { params: { query: { pageSize: 100, disabled: false, ...(role === 'any' ? {} : { role }), ...(collegeId ? { collegeId } : {}) } } }))
      .then((r) => setUsers(r.items))
      .catch(() => setUsers([]));
  }, [role, collegeId]);
  return users;
}
