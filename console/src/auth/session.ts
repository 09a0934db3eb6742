/** The signed-in user's token, kept in localStorage so a reload keeps the session; listeners hear sign-in and sign-out. */
const KEY = 'coop.session';
type Listener = () => void;
const listeners = new Set<Listener>();

export interface StoredSession {
  token: string;
  expiresAt?: number;
}

function read(): StoredSession | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as StoredSession) : null;
  } catch {
    return null;
  }
}

export const session = {
  token(): string | null {
    return read()?.token ?? null;
  },
  set(token: string) {
    localStorage.setItem(KEY, JSON.stringify({ token }));
    listeners.forEach((l) => l());
  },
  clear() {
    localStorage.removeItem(KEY);
    listeners.forEach((l) => l());
  },
  /** The API answered 401: the token expired or was revoked. */
  expire() {
    if (read()) session.clear();
  },
  subscribe(l: Listener) {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};
