import { useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { shortcutsEnabled } from './preferences';

/** Single-key shortcuts (when turned on, outside text fields) and what they open. */
export const SINGLE_KEY_SHORTCUTS = [
  { key: 'h', label: 'My work', to: '/' },
  { key: 'p', label: 'Partners', to: '/partners' },
  { key: 'a', label: 'Actions', to: '/actions' },
  { key: 'g', label: 'Agreements', to: '/agreements' },
  { key: 'm', label: 'Log a meeting', to: '/meetings/new' },
] as const;

const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color']);

/** Keys pressed in a text field, a list box or editable content are the person's typing, not shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Ctrl/⌘K opens the command menu everywhere; single keys work only when the person has them on. */
export function useGlobalShortcuts(openMenu: () => void): void {
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        openMenu();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target) || !shortcutsEnabled()) return;
      if (document.querySelector('[role="dialog"]')) return;
      if (event.key === '/') {
        event.preventDefault();
        openMenu();
        return;
      }
      const shortcut = SINGLE_KEY_SHORTCUTS.find((s) => s.key === event.key);
      if (shortcut) {
        event.preventDefault();
        void navigate({ to: shortcut.to });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, openMenu]);
}
