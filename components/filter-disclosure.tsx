"use client";
// The failure list's filter form behind a "Filters (N)" button on narrow
// screens, N the active filters. Wide screens always show the form (CSS only
// hides it below 700 px), so the button changes nothing there. The form itself
// is components/filters; this only wraps it.
import { type ReactNode, useId, useState } from "react";

export function FilterDisclosure({ active, children }: { active: number; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={open ? "filter-disclosure open" : "filter-disclosure"}>
      <button
        type="button"
        className="filter-disclosure-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((shown) => !shown)}
        data-testid="filters-toggle"
      >
        Filters ({active})
      </button>
      <div id={id} className="filter-disclosure-body">
        {children}
      </div>
    </div>
  );
}
