export function Spinner({ label }: { label?: string }) {
  return (
    <span role={label ? "status" : undefined} className="inline-flex items-center gap-2">
      <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-blue-600" />
      {label ? <span className="text-sm text-slate-600">{label}</span> : null}
    </span>
  );
}
