"use client";
// "?": the viewer's keys in a modal dialog (native <dialog>: Esc closes it and
// focus returns to where it was).
import { type RefObject, useId } from "react";
import { VIEWER_KEYS } from "./viewer-keys";

export function KeysDialog({ dialog }: { dialog: RefObject<HTMLDialogElement | null> }) {
  const titleId = useId();
  return (
    <dialog ref={dialog} className="lv-keys" aria-labelledby={titleId} data-testid="viewer-keys">
      <h2 id={titleId}>Log viewer keys</h2>
      {/* Not a list (components/data-table): a fixed key reference, nothing to sort or page. */}
      <table>
        <tbody>
          {VIEWER_KEYS.map(({ keys, does }) => (
            <tr key={keys.join()}>
              <th scope="row">
                {keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </th>
              <td>{does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        Keys work anywhere on the page except in text fields. Ctrl+F searches the whole log from the viewer or
        the page; pressed again in the search box it opens the browser&apos;s own find.
      </p>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
