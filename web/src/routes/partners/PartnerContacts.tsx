import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { api, call } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { components } from '../../api/schema';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { CheckboxField, TextField } from '../../ui/fields';
import { useFormProblems } from '../../ui/form-problems';
import { EmptyState, LoadFailed, Loading, Notice } from '../../ui/states';
import { ContactMoveForm } from './ContactMoveForm';
import { usePartnerContacts, useRefreshPartners, type Contact } from './partner-page.queries';

const contactSchema = z.object({
  fullName: z.string().trim().min(1, 'Enter the person’s full name').max(200, 'The name must be 200 characters or fewer'),
  jobTitle: z.string().trim().max(200, 'The job title must be 200 characters or fewer'),
  email: z.union([z.literal(''), z.email({ message: 'Enter an email address like name@example.org' })]),
  phone: z.union([z.literal(''), z.string().regex(/^\+?[0-9 ()-]{6,30}$/, 'Enter a phone number using digits, spaces and brackets, like 0151 000 0000')]),
  isPrimary: z.boolean(),
});
type ContactForm = z.infer<typeof contactSchema>;
const LABELS = { fullName: 'Full name', jobTitle: 'Job title', email: 'Email address', phone: 'Phone number', isPrimary: 'Primary contact' } as const;

const formOf = (c?: Contact): ContactForm => ({ fullName: c?.fullName ?? '', jobTitle: c?.jobTitle ?? '', email: c?.email ?? '', phone: c?.phone ?? '', isPrimary: c?.isPrimary ?? false });
const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());
// The API's document types these nullable strings loosely; the body is what the API validates.
type ContactBody = components['schemas']['CreateContactDto'];
const bodyOf = (v: ContactForm) => ({ fullName: v.fullName.trim(), jobTitle: orNull(v.jobTitle), email: orNull(v.email), phone: orNull(v.phone), isPrimary: v.isPrimary }) as unknown as ContactBody;
/** Only what the person changed: saving after a colleague's edit must not put back the fields they changed. */
const changesOf = (v: ContactForm, dirty: Partial<Record<keyof ContactForm, boolean | undefined>>) =>
  Object.fromEntries(Object.entries(bodyOf(v)).filter(([field]) => dirty[field as keyof ContactForm])) as ContactBody;

type Mode = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; contact: Contact } | { kind: 'move'; contact: Contact };

/** The people at the organisation: add, edit, make primary, or record a move to another organisation. */
export function PartnerContacts({ partnerId, partnerName, canEdit }: { partnerId: string; partnerName: string; canEdit: boolean }) {
  const contacts = usePartnerContacts(partnerId);
  const refresh = useRefreshPartners();
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [done, setDone] = useState<{ text: string; partner?: { id: string; name: string } } | null>(null);
  const makePrimary = useMutation({
    mutationFn: (c: Contact) =>
      call(api.PATCH('/api/v1/contacts/{id}', { params: { path: { id: c.id }, header: { 'If-Match': `"${c.version}"` } }, body: { isPrimary: true } as unknown as ContactBody })),
    onSuccess: async (c) => {
      setDone({ text: `${c.fullName} is now the primary contact.` });
      await refresh();
    },
    onError: () => void refresh(),
  });
  const invite = useMutation({
    mutationFn: (c: Contact) => call(api.POST('/api/v1/contacts/{id}/portal-invitation', { params: { path: { id: c.id } } })),
    onSuccess: (_: unknown, c: Contact) => setDone({ text: `${c.fullName} has been emailed an invitation to the partner portal.` }),
  });
  const finish = async (text: string, partner?: { id: string; name: string }) => {
    setMode({ kind: 'list' });
    setDone({ text, partner });
    await refresh();
  };

  return (
    <section aria-labelledby="partner-contacts">
      <div className="page-header">
        <h2 id="partner-contacts">Contacts</h2>
        {canEdit && mode.kind === 'list' && (
          <Button variant="secondary" onClick={() => { setDone(null); setMode({ kind: 'add' }); }}>
            Add a contact
          </Button>
        )}
      </div>
      {done && (
        <Notice tone="success">
          {done.text}
          {done.partner && (
            <>
              {' '}
              <Link to="/partners/$partnerId" params={{ partnerId: done.partner.id }}>
                Open {done.partner.name}
              </Link>
            </>
          )}
        </Notice>
      )}
      {makePrimary.isError && <LoadFailed error={makePrimary.error} />}
      {invite.isError && <LoadFailed error={invite.error} />}
      {mode.kind === 'add' && <ContactEditor partnerId={partnerId} onCancel={() => setMode({ kind: 'list' })} onSaved={(c) => void finish(`${c.fullName} added.`)} />}
      {mode.kind === 'edit' && (
        <ContactEditor partnerId={partnerId} contact={mode.contact} onCancel={() => setMode({ kind: 'list' })} onSaved={(c) => void finish(`${c.fullName} saved.`)} />
      )}
      {mode.kind === 'move' && (
        <ContactMoveForm
          contact={mode.contact}
          fromPartnerId={partnerId}
          fromPartnerName={partnerName}
          onCancel={() => setMode({ kind: 'list' })}
          onMoved={(c, to) => void finish(`${c.fullName} is now recorded at ${to.name}.`, to)}
        />
      )}
      {contacts.isPending ? (
        <Loading label="Loading contacts…" />
      ) : contacts.isError ? (
        <LoadFailed error={contacts.error} retry={() => void contacts.refetch()} />
      ) : contacts.data.length === 0 ? (
        <EmptyState>
          <p>No contacts recorded for {partnerName} yet.</p>
        </EmptyState>
      ) : (
        <ul className="item-list" aria-label="Contacts">
          {contacts.data.map((c) => (
            <li key={c.id}>
              <div>
                <strong>{c.fullName}</strong>
                {c.isPrimary && <span className="tag"> Primary contact</span>}
                <div className="meta">
                  {[c.jobTitle, c.email, c.phone].filter(Boolean).join(' · ') || 'No contact details'}
                </div>
              </div>
              {canEdit && mode.kind === 'list' && (
                <div className="button-row button-row--tight">
                  <Button variant="secondary" onClick={() => { setDone(null); setMode({ kind: 'edit', contact: c }); }}>
                    Edit<span className="visually-hidden"> {c.fullName}</span>
                  </Button>
                  {!c.isPrimary && (
                    <Button variant="secondary" busy={makePrimary.isPending && makePrimary.variables?.id === c.id} busyLabel="Saving…" onClick={() => makePrimary.mutate(c)}>
                      Make<span className="visually-hidden"> {c.fullName}</span> primary
                    </Button>
                  )}
                  <Button variant="secondary" onClick={() => { setDone(null); setMode({ kind: 'move', contact: c }); }}>
                    Move<span className="visually-hidden"> {c.fullName}</span> to another organisation
                  </Button>
                  {c.email && (
                    <Button variant="secondary" busy={invite.isPending && invite.variables?.id === c.id} busyLabel="Sending…" onClick={() => { setDone(null); invite.mutate(c); }}>
                      Invite<span className="visually-hidden"> {c.fullName}</span> to the portal
                    </Button>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface EditorProps {
  partnerId: string;
  contact?: Contact;
  onCancel: () => void;
  onSaved: (contact: Contact) => void;
}

/** Add a contact, or edit one with If-Match: a colleague's change meanwhile is shown, and saving again applies mine. */
function ContactEditor({ partnerId, contact, onCancel, onSaved }: EditorProps) {
  const form = useForm<ContactForm>({ resolver: zodResolver(contactSchema), defaultValues: formOf(contact) });
  const problems = useFormProblems(form, LABELS);
  const [current, setCurrent] = useState<Contact | undefined>(contact);
  const [conflict, setConflict] = useState(false);
  const title = contact ? `Edit ${contact.fullName}` : 'Add a contact';
  const save = useMutation({
    mutationFn: (values: ContactForm) =>
      call(
        current
          ? api.PATCH('/api/v1/contacts/{id}', { params: { path: { id: current.id }, header: { 'If-Match': `"${current.version}"` } }, body: changesOf(values, form.formState.dirtyFields) })
          : api.POST('/api/v1/partners/{partnerId}/contacts', { params: { path: { partnerId } }, body: bodyOf(values) }),
      ),
    onSuccess: onSaved,
    onError: async (error) => {
      if (current && error instanceof ApiProblem && error.status === 412) {
        setCurrent(await call(api.GET('/api/v1/contacts/{id}', { params: { path: { id: current.id } } })));
        setConflict(true);
        return;
      }
      problems.show(error);
    },
  });
  const errors = form.formState.errors;
  return (
    <form className="card" aria-label={title} noValidate onSubmit={(e) => void form.handleSubmit((v) => { problems.clear(); save.mutate(v); })(e)}>
      <h3>{title}</h3>
      <ErrorSummary entries={problems.entries} focusKey={form.formState.submitCount} />
      {conflict && current && (
        <div className="notice notice--warning" role="alert">
          <p>
            <strong>Someone else changed this contact while you were editing.</strong> It now reads: {current.fullName}
            {[current.jobTitle, current.email, current.phone].filter(Boolean).map((v) => `, ${v}`).join('')}. Nothing you typed was saved. The form still holds your
            changes; save again to apply them on top (only the fields you changed are saved).
          </p>
        </div>
      )}
      <TextField label={LABELS.fullName} autoComplete="off" error={errors.fullName?.message} {...form.register('fullName')} />
      <TextField label={LABELS.jobTitle} autoComplete="off" error={errors.jobTitle?.message} {...form.register('jobTitle')} />
      <TextField label={LABELS.email} type="email" autoComplete="off" error={errors.email?.message} {...form.register('email')} />
      <TextField label={LABELS.phone} type="tel" autoComplete="off" error={errors.phone?.message} {...form.register('phone')} />
      {!contact?.isPrimary && <CheckboxField label="Make this the primary contact" {...form.register('isPrimary')} />}
      <div className="button-row">
        <Button type="submit" busy={save.isPending} busyLabel="Saving…">
          {contact ? 'Save contact' : 'Add contact'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
