"use client";
// j/k move through a list, Enter opens the current row, space toggles its
// selection (where the list has one), "/" jumps to search: the keys people
// know from mail and code-review tools.
import { type RefObject, useEffect } from "react";

interface ListKeyboard {
  /** Off for lists whose rows open nothing: a page may hold several tables, and one owns j/k. */
  enabled: boolean;
  count: number;
  activeIndex: number;
  setActiveIndex: (update: (index: number) => number) => void;
  open: (index: number) => void;
  bodyRef: RefObject<HTMLTableSectionElement | null>;
  searchInputId?: string;
  onSpace?: (index: number) => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && ["BUTTON", "A"].includes(target.tagName);
}

export function useListKeyboard({
  enabled,
  count,
  activeIndex,
  setActiveIndex,
  open,
  bodyRef,
  searchInputId,
  onSpace,
}: ListKeyboard) {
  useEffect(() => {
    if (!enabled) return;
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target))
        return;
      if (event.key === "j") setActiveIndex((index) => Math.min(count - 1, index + 1));
      else if (event.key === "k") setActiveIndex((index) => Math.max(0, index - 1));
      else if (event.key === "Enter" && activeIndex >= 0 && !isControl(event.target)) open(activeIndex);
      else if (event.key === "/" && searchInputId) document.getElementById(searchInputId)?.focus();
      // A focused input (isTyping), button or link handles its own Enter and space.
      else if (event.key === " " && onSpace && activeIndex >= 0 && !isControl(event.target))
        onSpace(activeIndex);
      else return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled, count, activeIndex, setActiveIndex, open, searchInputId, onSpace]);

  useEffect(() => {
    bodyRef.current?.children[activeIndex]?.scrollIntoView({ block: "nearest" });
  }, [activeIndex, bodyRef]);
}
