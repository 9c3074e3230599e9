export function Brand({ title = "Vanta" }: { title?: string }) {
  return (
    <div className="brand">
      <span className="brand-mark" aria-hidden="true">
        V
      </span>
      <span>{title}</span>
    </div>
  );
}
