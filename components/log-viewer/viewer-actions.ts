// What each viewer key does (viewer-keys.ts decides which key means which action).
// Jumps first bring the whole viewer on screen (revealViewer), so the line they
// land on is never below the fold.
import type { RefObject } from "react";
import { revealViewer } from "./use-viewer-keys";
import type { ViewerAction } from "./viewer-keys";

export interface ViewerActionTargets {
  section: RefObject<HTMLElement | null>;
  searchInput: RefObject<HTMLInputElement | null>;
  keysDialog: RefObject<HTMLDialogElement | null>;
  lineCount: number;
  goToLine(line: number): void;
  stepError(direction: 1 | -1): void;
  stepMatch(direction: 1 | -1): void;
  toggleWrap(): void;
}

export function viewerActions(t: ViewerActionTargets): Record<ViewerAction, () => void> {
  const jump = (go: () => void) => () => {
    revealViewer(t.section.current);
    go();
  };
  return {
    nextError: jump(() => t.stepError(1)),
    previousError: jump(() => t.stepError(-1)),
    search: () => {
      t.searchInput.current?.focus();
      t.searchInput.current?.select();
    },
    nextMatch: jump(() => t.stepMatch(1)),
    previousMatch: jump(() => t.stepMatch(-1)),
    top: jump(() => t.goToLine(1)),
    bottom: jump(() => t.goToLine(t.lineCount)),
    wrap: t.toggleWrap,
    help: () => t.keysDialog.current?.showModal(),
    leaveSearch: () => t.section.current?.querySelector<HTMLElement>("[data-testid=log-scroller]")?.focus(),
  };
}
