import { cloneElement, useId, type ReactElement } from "react";

/** A form control with its own label, tied by id (a wrapping label would read a select's options out as its name). */
export function Field({ label, children }: { label: string; children: ReactElement<{ id?: string }> }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id })}
    </div>
  );
}
