import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroller. Focusable and named, so keyboard users can scroll it
 * (axe: scrollable-region-focusable) and screen readers announce what it holds.
 */
export function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
