// The search form of /diagnostics: the diagnostic's own fields, then the build
// filters the failure list has. A GET form, so every search is a shareable URL.
import { DIAGNOSTIC_KINDS } from "@/lib/diagnostics/types";

const BUILD_FIELDS = [
  { name: "category", label: "Category", placeholder: "dev-libs" },
  { name: "package", label: "Package", placeholder: "dev-libs/popt" },
  { name: "maintainer", label: "Maintainer", placeholder: "base-system" },
  { name: "tinderbox", label: "Tinderbox", placeholder: "" },
  { name: "profile", label: "Profile", placeholder: "" },
  { name: "toolchain", label: "Toolchain", placeholder: "llvm" },
] as const;

export function DiagnosticForm({ params }: { params: Record<string, string> }) {
  return (
    <form method="get" action="/diagnostics" className="filters" data-testid="diagnostic-filters">
      <label className="search">
        Text
        <input
          id="diagnostic-search"
          name="q"
          type="search"
          minLength={3}
          defaultValue={params.q ?? ""}
          placeholder="implicit declaration of function"
        />
      </label>
      <label>
        Flag
        <input name="flag" defaultValue={params.flag ?? ""} placeholder="-Wincompatible-pointer-types" />
      </label>
      <label>
        Kind
        <select name="kind" defaultValue={params.kind ?? ""}>
          <option value="">any</option>
          {DIAGNOSTIC_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
      </label>
      <label>
        Printed in
        <input name="phase" defaultValue={params.phase ?? ""} placeholder="configure" />
      </label>
      <label>
        Builds
        <select name="status" defaultValue={params.status ?? "all"}>
          <option value="all">any</option>
          <option value="failed">failed</option>
          <option value="succeeded">succeeded</option>
        </select>
      </label>
      {BUILD_FIELDS.map((field) => (
        <label key={field.name}>
          {field.label}
          <input name={field.name} defaultValue={params[field.name] ?? ""} placeholder={field.placeholder} />
        </label>
      ))}
      <label>
        From
        <input name="from" type="date" defaultValue={params.from ?? ""} />
      </label>
      <label>
        To
        <input name="to" type="date" defaultValue={params.to ?? ""} />
      </label>
      <div className="filter-actions">
        <button type="submit">Search</button> <a href="/diagnostics">Clear</a>
      </div>
    </form>
  );
}
