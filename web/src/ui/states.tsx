import type { ReactNode } from 'react';
import { problemSentence } from '../api/problem-messages';

/** Shown while something loads; announced politely to screen readers. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

/** What an empty list says: what is missing, and (optionally) what to do about it. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="empty-state">{children}</div>;
}

/** A failed load, as a sentence, with a way to try again. */
export function LoadFailed({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <div className="notice notice--warning" role="alert">
      <p>{problemSentence(error)}</p>
      {retry && (
        <button type="button" className="button button--secondary" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Notice({ tone = 'info', children }: { tone?: 'info' | 'success' | 'warning'; children: ReactNode }) {
  return (
    <div className={`notice${tone === 'info' ? '' : ` notice--${tone}`}`} role="status">
      {children}
    </div>
  );
}
