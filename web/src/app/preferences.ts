import { useSyncExternalStore } from 'react';

/**
 * Per-browser preferences (not credentials). Single-key shortcuts can be turned off (WCAG 2.1.4):
 * people using speech input or who type into the page by accident need that.
 */
const KEY = 'crm.shortcuts';
const listeners = new Set<() => void>();

export function shortcutsEnabled(): boolean {
  return window.localStorage.getItem(KEY) !== 'off';
}

export function setShortcutsEnabled(on: boolean): void {
  if (on) window.localStorage.removeItem(KEY);
  else window.localStorage.setItem(KEY, 'off');
  for (const listener of listeners) listener();
}

export function useShortcutsEnabled(): boolean {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, shortcutsEnabled);
}
