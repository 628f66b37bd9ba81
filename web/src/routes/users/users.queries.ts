import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

export type StaffUser = components['schemas']['UserResponse'];
export type Role = StaffUser['role'];

export const ROLE_CHOICES: { value: Role; label: string }[] = [
  { value: 'officer', label: 'Partnerships officer' },
  { value: 'viewer', label: 'Viewer' },
  { value: 'admin', label: 'Administrator' },
];
export const roleLabel = (role: Role): string => ROLE_CHOICES.find((c) => c.value === role)?.label ?? role;

/** Active, invited (no password yet) or deactivated, in words. */
export function userStatus(user: StaffUser): string {
  if (!user.isActive) return 'Deactivated';
  return user.invitationPending ? 'Invited, has not set a password yet' : 'Active';
}

const usersKeys = { all: ['users'] as const, one: (id: string) => ['users', id] as const };

export function useUsers() {
  return useQuery({ queryKey: usersKeys.all, queryFn: () => call(api.GET('/api/v1/users')) });
}

export function useUser(id: string) {
  return useQuery({ queryKey: usersKeys.one(id), queryFn: () => call(api.GET('/api/v1/users/{id}', { params: { path: { id } } })) });
}

export function useInviteUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['InviteUserDto']) => call(api.POST('/api/v1/users/invitations', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKeys.all }),
  });
}

export function useUpdateUser(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['UpdateUserDto']) => call(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body })),
    onSuccess: (user) => {
      client.setQueryData(usersKeys.one(id), user);
      return client.invalidateQueries({ queryKey: usersKeys.all, exact: true });
    },
  });
}

export function useResendInvitation(id: string) {
  return useMutation({ mutationFn: () => call(api.POST('/api/v1/users/{id}/invitation', { params: { path: { id } } })) });
}
