import { useId, useRef, useState } from 'react';

export interface MenuItem {
  label: string;
  onSelect: () => void;
}

/** A button that opens a short list of further choices; Escape closes it. */
export function MenuButton({
  label,
  items,
}: {
  label: string;
  items: MenuItem[];
}): React.JSX.Element {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = (): void => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <span className="menu-wrap">
      <button
        ref={button}
        type="button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpen(!open);
        }}
      >
        ▾
      </button>
      {open && (
        <ul
          id={id}
          className="menu"
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          {items.map((item) => (
            <li key={item.label}>
              <button
                type="button"
                onClick={() => {
                  close();
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
