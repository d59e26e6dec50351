"use client";
// Light / dark / system, remembered per browser in a cookie (see theme-choice.ts).
// The change applies at once by setting data-theme on <html>; no reload.
import { useId, useState } from "react";
import { THEME_CHOICES, THEME_COOKIE, THEME_COOKIE_MAX_AGE, type ThemeChoice } from "./theme-choice";

export function ThemeToggle({ initial }: { initial: ThemeChoice }) {
  const [choice, setChoice] = useState<ThemeChoice>(initial);
  const id = useId();
  const choose = (next: ThemeChoice) => {
    setChoice(next);
    const root = document.documentElement;
    if (next === "system") {
      delete root.dataset.theme;
      // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie; the Cookie Store API is not in every browser.
      document.cookie = `${THEME_COOKIE}=; path=/; max-age=0; samesite=lax`;
    } else {
      root.dataset.theme = next;
      // biome-ignore lint/suspicious/noDocumentCookie: see above.
      document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=${THEME_COOKIE_MAX_AGE}; samesite=lax`;
    }
  };
  return (
    <span className="theme-toggle">
      <label htmlFor={id} className="visually-hidden">
        Theme
      </label>
      <select
        id={id}
        value={choice}
        onChange={(e) => choose(e.target.value as ThemeChoice)}
        data-testid="theme-toggle"
      >
        {THEME_CHOICES.map((value) => (
          <option key={value} value={value}>
            {value === "system" ? "Theme: system" : value === "light" ? "Theme: light" : "Theme: dark"}
          </option>
        ))}
      </select>
    </span>
  );
}
