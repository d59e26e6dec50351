"use client";
// Listens for the viewer's keys on the whole page (one viewer per page: it also
// owns the URL hash) and runs the action viewer-keys.ts picks for where focus is.
import { type RefObject, useEffect, useRef } from "react";
import { type KeyPlace, keyAction, type ViewerAction } from "./viewer-keys";

export interface ViewerKeyTargets {
  /** The viewer's <section>. */
  viewer: RefObject<HTMLElement | null>;
  searchInput: RefObject<HTMLInputElement | null>;
}

export function useViewerKeys(targets: ViewerKeyTargets, run: (action: ViewerAction) => void): void {
  // The latest handler without re-adding the listener on every render.
  const latest = useRef(run);
  latest.current = run;
  const { viewer, searchInput } = targets;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const place = placeOf(event.target, viewer.current, searchInput.current);
      const action = keyAction(event, place);
      if (!action) return;
      event.preventDefault();
      latest.current(action);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [viewer, searchInput]);
}

/**
 * Scrolls the page so the whole viewer shows (it is one viewport high) when part
 * of it is off screen: a jump by key or by a #L link elsewhere on the page then
 * lands where it can be seen, not below the fold.
 */
export function revealViewer(viewer: HTMLElement | null): void {
  if (!viewer) return;
  const box = viewer.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= window.innerHeight) return;
  viewer.scrollIntoView({ block: box.height > window.innerHeight ? "start" : "nearest" });
}

function placeOf(
  target: EventTarget | null,
  viewer: HTMLElement | null,
  search: HTMLElement | null,
): KeyPlace {
  if (!(target instanceof Element) || target === document.body || target === document.documentElement)
    return "page";
  if (target === search) return "search";
  if (isTextField(target)) return "typing";
  // Inside an open dialog (the key list) keys belong to the dialog.
  if (target.closest("dialog")) return "typing";
  if (target.classList.contains("lv-scroller")) return "scroller";
  return viewer?.contains(target) ? "viewer" : "elsewhere";
}

const NOT_TEXT_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"]);

function isTextField(element: Element): boolean {
  if (element instanceof HTMLInputElement) return !NOT_TEXT_INPUTS.has(element.type);
  return (
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement ||
    (element instanceof HTMLElement && element.isContentEditable)
  );
}
