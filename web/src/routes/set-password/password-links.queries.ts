import { useMutation, useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { api, call } from '../../api/client';

export type PasswordLinkPurpose = 'invitation' | 'reset';

/** The token from an emailed link: it rides after `#`, so no server log or referrer ever sees it. */
function tokenFromLocation(): string {
  return new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token') ?? '';
}

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The link's token, following the address: opening a second link in the same tab changes only the hash. */
export function useLinkToken(): string {
  return useSyncExternalStore(subscribeToHash, tokenFromLocation);
}

/** Whose link this is, if it still works (410 when it has expired, was used or was replaced). */
export function usePasswordLink(purpose: PasswordLinkPurpose, token: string) {
  return useQuery({
    queryKey: ['password-link', purpose, token],
    queryFn: () =>
      call(
        purpose === 'invitation'
          ? api.POST('/api/v1/auth/invitations/inspect', { body: { token } })
          : api.POST('/api/v1/auth/password-resets/inspect', { body: { token } }),
      ),
    enabled: token.length > 0,
    retry: false,
    staleTime: Infinity,
  });
}

export function useSetPassword(purpose: PasswordLinkPurpose, token: string) {
  return useMutation({
    mutationFn: (password: string) =>
      call(
        purpose === 'invitation'
          ? api.POST('/api/v1/auth/invitations/accept', { body: { token, password } })
          : api.POST('/api/v1/auth/password-resets/complete', { body: { token, password } }),
      ),
  });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: (email: string) => call(api.POST('/api/v1/auth/password-resets', { body: { email } })) });
}
