// React 19 resets a <form action={fn}> to its defaultValues after every action,
// so a form that edits a stored value would show the value it was rendered
// with, not the one saved (and a second save would write the old value back),
// and a refused save would wipe what the user typed. Forms that edit stored
// values submit through this instead: nothing is reset, and the fields are
// re-keyed on the stored version, so they show what is stored after a save.
import { type FormEvent, startTransition } from "react";

export function submitWithoutReset(
  dispatch: (formData: FormData) => void,
  prepare?: (formData: FormData) => void,
): (event: FormEvent<HTMLFormElement>) => void {
  return (event) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    prepare?.(formData);
    startTransition(() => dispatch(formData));
  };
}

/** The newer of what the page was rendered with and what the last save returned. */
export function newerStored<T extends { version: number }>(rendered: T, saved: T | undefined): T {
  return saved && saved.version > rendered.version ? saved : rendered;
}
