import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

export type QueueOverview = components['schemas']['QueueOverview'];
export type QueueJob = components['schemas']['QueueJobResponse'];
export type OutboxMail = components['schemas']['OutboxMailResponse'];
export type OutboxStatus = OutboxMail['state'];

const QUEUE_LABELS: Record<string, string> = { mail: 'Mail', maintenance: 'Maintenance', reminders: 'Reminders', imports: 'Partner imports' };
export const queueLabel = (name: string): string => QUEUE_LABELS[name] ?? name;

const JOB_LABELS: Record<string, string> = {
  'mail.send': 'Send one mail',
  'mail.relay-pending': 'Send mail whose job was lost',
  'maintenance.purge-expired': 'Delete expired sign-in data',
  'reminders.plan-run': 'Plan the reminder run',
  'reminders.send-digest': 'Send one reminder digest',
  'dialogue.refresh-passed': 'Record meetings that have taken place',
  'publishing.publish': 'Publish the partner list',
  'pledges.purge-unverified': 'Delete unverified signatures',
  'data-protection.apply-retention': 'Apply the retention periods',
  'partner-imports.dry-run': 'Check an uploaded partner file',
  'partner-imports.commit': 'Import a partner file',
  'partner-imports.resume-stalled': 'Resume stalled imports',
  'partner-imports.purge-expired': 'Delete old imports',
};
export const jobLabel = (name: string): string => JOB_LABELS[name] ?? name;

const MAIL_KINDS: Record<string, string> = {
  'account-created': 'Account created',
  invitation: 'Invitation',
  'password-changed': 'Password changed',
  'password-reset': 'Password reset',
  'test-message': 'Test message',
  'reminder-digest': 'Reminder digest',
  'pledge-verify': 'Confirm a signature',
  'pledge-already-signed': 'Already signed',
  'pledge-confirmed': 'Signature confirmed',
};
export const mailKindLabel = (kind: string): string => MAIL_KINDS[kind] ?? kind;

export const OUTBOX_STATUS_CHOICES: { value: OutboxStatus; label: string }[] = [
  { value: 'failed', label: 'Failed' },
  { value: 'pending', label: 'Waiting to be sent' },
  { value: 'sending', label: 'Being sent' },
  { value: 'sent', label: 'Sent' },
  { value: 'cancelled', label: 'Cancelled' },
];
export const outboxStatusLabel = (state: OutboxStatus): string => OUTBOX_STATUS_CHOICES.find((c) => c.value === state)?.label ?? state;

const keys = {
  queues: ['admin', 'queues'] as const,
  failedJobs: (queue: string) => ['admin', 'queues', queue, 'failed'] as const,
  outbox: (state: OutboxStatus) => ['admin', 'outbox', state] as const,
};

export function useQueues() {
  return useQuery({ queryKey: keys.queues, queryFn: () => call(api.GET('/api/v1/admin/queues')), staleTime: 0 });
}

export function useFailedJobs(queue: string) {
  return useQuery({
    queryKey: keys.failedJobs(queue),
    queryFn: () => call(api.GET('/api/v1/admin/queues/{queue}/jobs', { params: { path: { queue }, query: { state: 'failed', limit: 50 } } })),
    staleTime: 0,
  });
}

function useQueueAction(action: (jobId: string) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: keys.queues }), client.invalidateQueries({ queryKey: ['admin', 'outbox'] })]),
  });
}

export function useRetryJob(queue: string) {
  return useQueueAction((jobId) => call(api.POST('/api/v1/admin/queues/{queue}/jobs/{jobId}/retry', { params: { path: { queue, jobId } } })));
}

export function useDiscardJob(queue: string) {
  return useQueueAction((jobId) => call(api.DELETE('/api/v1/admin/queues/{queue}/jobs/{jobId}', { params: { path: { queue, jobId } } })));
}

export function useOutbox(state: OutboxStatus) {
  return useQuery({
    queryKey: keys.outbox(state),
    queryFn: () => call(api.GET('/api/v1/mail/outbox', { params: { query: { state, limit: 50 } } })),
    staleTime: 0,
  });
}

export function useResendMail() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.POST('/api/v1/mail/outbox/{id}/resend', { params: { path: { id } } })),
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: ['admin', 'outbox'] }), client.invalidateQueries({ queryKey: keys.queues })]),
  });
}
