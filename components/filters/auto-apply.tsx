"use client";
// Filters apply as soon as they change: a checkbox, a select or a date at once,
// the search box after a pause in typing, other text fields when they lose focus
// or on Enter. The URL is rebuilt from the form without empty fields or defaults,
// multi-value filters as one comma list, so it stays short and shareable.
// Without JavaScript the form is a plain GET form with an Apply button.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { DEFAULT_PARAMS, isMultiValueFilter } from "@/lib/queries/filter-values";

const SEARCH_DEBOUNCE_MS = 400;

export function filterUrl(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [key, raw] of new FormData(form)) {
    if (typeof raw !== "string") continue;
    const value = raw.trim();
    if (value === "" || DEFAULT_PARAMS[key] === value) continue;
    const current = params.get(key);
    if (current !== null && isMultiValueFilter(key)) params.set(key, `${current},${value}`);
    else if (current === null) params.set(key, value);
  }
  const query = params.toString();
  const action = new URL(form.action, window.location.href).pathname;
  return query ? `${action}?${query}` : action;
}

export function AutoApply({ formId }: { formId: string }) {
  const router = useRouter();
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const apply = () => {
      clearTimeout(timer);
      const next = filterUrl(form);
      if (next !== window.location.pathname + window.location.search) router.push(next, { scroll: false });
    };
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      apply();
    };
    const onChange = (event: Event) => {
      const target = event.target;
      // Text fields apply on change (blur or Enter); the search box is handled by onInput.
      if (target instanceof HTMLInputElement && target.type === "search") return;
      apply();
    };
    const onInput = (event: Event) => {
      const target = event.target;
      if (!(target instanceof HTMLInputElement) || target.type !== "search") return;
      clearTimeout(timer);
      timer = setTimeout(apply, SEARCH_DEBOUNCE_MS);
    };
    form.addEventListener("submit", onSubmit);
    form.addEventListener("change", onChange);
    form.addEventListener("input", onInput);
    form.dataset.autoApply = "on";
    return () => {
      clearTimeout(timer);
      form.removeEventListener("submit", onSubmit);
      form.removeEventListener("change", onChange);
      form.removeEventListener("input", onInput);
    };
  }, [formId, router]);
  return null;
}
