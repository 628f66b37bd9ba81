import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { STATUS_LABELS, STATUSES, type Activity, type ActivityStatus } from './plan.queries';

/**
 * The board's way to move a card without dragging (WCAG 2.5.7): a menu button listing the other statuses.
 * Enter or Space opens it with focus on the first choice; the arrow keys move, Enter chooses, Escape closes.
 */
export function MoveMenu({ activity, disabled, onMove }: { activity: Activity; disabled: boolean; onMove: (to: ActivityStatus) => void }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const choices = STATUSES.filter((s) => s !== activity.status);
  useEffect(() => {
    if (open) items.current[0]?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const index = items.current.findIndex((item) => item === document.activeElement);
    const focus = (i: number) => items.current[(i + choices.length) % choices.length]?.focus();
    if (event.key === 'ArrowDown') focus(index + 1);
    else if (event.key === 'ArrowUp') focus(index - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(choices.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') close();
    else return;
    event.preventDefault();
  };
  return (
    <div className="move-menu">
      <button
        ref={button}
        type="button"
        className="button button--secondary"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
      >
        Move<span className="visually-hidden"> “{activity.title}”</span> to…
      </button>
      {open && (
        <ul id={menuId} role="menu" aria-label={`Move “${activity.title}” to`} className="move-menu__list" onKeyDown={onKeyDown}>
          {choices.map((status, i) => (
            <li key={status} role="none">
              <button
                ref={(el) => {
                  items.current[i] = el;
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  close();
                  onMove(status);
                }}
              >
                {STATUS_LABELS[status]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
