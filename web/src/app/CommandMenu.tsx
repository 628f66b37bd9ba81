import * as Dialog from '@radix-ui/react-dialog';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Command } from 'cmdk';
import { useDeferredValue, useEffect, useState } from 'react';
import { api, call } from '../api/client';
import { useShortcutsEnabled } from './preferences';
import { SINGLE_KEY_SHORTCUTS } from './shortcuts';

interface CommandMenuProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Ctrl/⌘K: jump to a page or a partner by typing part of its name. */
export function CommandMenu({ open, onOpenChange }: CommandMenuProps) {
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const shortcutsOn = useShortcutsEnabled();
  const partners = useQuery({
    queryKey: ['command-menu', 'partners', query],
    queryFn: () => call(api.GET('/api/v1/partners', { params: { query: { q: query, limit: 8 } } })),
    enabled: open && query.length >= 2,
    staleTime: 10_000,
  });

  const go = (to: string, params?: Record<string, string>) => {
    onOpenChange(false);
    setSearch('');
    void navigate({ to, params });
  };
  const keyFor = (to: string) => (shortcutsOn ? SINGLE_KEY_SHORTCUTS.find((s) => s.to === to)?.key : undefined);
  const pages = [...SINGLE_KEY_SHORTCUTS.map((s) => ({ label: s.label, to: s.to })), { label: 'New partner', to: '/partners/new' }, { label: 'Account and preferences', to: '/account' }].filter((p) =>
    p.label.toLowerCase().includes(query.toLowerCase()),
  );
  // Results arrive after the typing: keep the first one selected so Enter opens it.
  const [selected, setSelected] = useState('');
  const firstPartner = query.length >= 2 ? partners.data?.items[0]?.id : undefined;
  const firstValue = firstPartner ? `partner-${firstPartner}` : pages[0] ? `page-${pages[0].to}` : '';
  useEffect(() => setSelected(firstValue), [firstValue]);

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog command-menu" aria-describedby={undefined}>
          <Dialog.Title className="visually-hidden">Search or jump to</Dialog.Title>
          <Command label="Search or jump to" shouldFilter={false} value={selected} onValueChange={setSelected}>
            <Command.Input value={search} onValueChange={setSearch} placeholder="Type a partner's name or a page" />
            <Command.List>
              {query.length >= 2 && (
                <Command.Group heading="Partners">
                  {partners.isPending && <Command.Loading>Searching…</Command.Loading>}
                  {partners.data?.items.map((p) => (
                    <Command.Item key={p.id} value={`partner-${p.id}`} onSelect={() => go('/partners/$partnerId', { partnerId: p.id })}>
                      <span>{p.name}</span>
                      <span className="meta">{p.area.label}</span>
                    </Command.Item>
                  ))}
                  {partners.data && partners.data.items.length === 0 && <Command.Item disabled value="no-partner">No partner matches “{query}”</Command.Item>}
                </Command.Group>
              )}
              {pages.length > 0 && (
              <Command.Group heading="Go to">
                {pages
                  .map((p) => (
                    <Command.Item key={p.to} value={`page-${p.to}`} onSelect={() => go(p.to)}>
                      <span>{p.label}</span>
                      {keyFor(p.to) && (
                        <span className="meta">
                          <span className="visually-hidden">shortcut </span>
                          <kbd>{keyFor(p.to)}</kbd>
                        </span>
                      )}
                    </Command.Item>
                  ))}
              </Command.Group>
              )}
            </Command.List>
          </Command>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
