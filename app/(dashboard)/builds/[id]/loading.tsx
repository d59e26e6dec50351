export default function BuildLoading() {
  return <p className="muted">Loading the failure…</p>;
}
