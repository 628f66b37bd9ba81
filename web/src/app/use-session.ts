import { useSyncExternalStore } from 'react';
import { session, type Me, type SessionState } from '../api/session';

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState);
}

/** The signed-in user; only inside the signed-in part of the app. */
export function useMe(): Me {
  const state = useSession();
  if (state.status !== 'signed-in') throw new Error('useMe outside the signed-in app');
  return state.user;
}
