import { useTexts } from "../i18n/texts";

/** The problems of a form's input, each with the label of its field, read out as an alert. */
export function ProblemsView({ problems, failure, labels }: { problems: Map<string, string>; failure: string | null; labels: Record<string, string> }) {
  const { t } = useTexts();
  if (!problems.size && !failure) return null;
  const label = (field: string) => labels[field] ?? labels[field.split(".")[0] ?? ""] ?? t.cases.title;
  return (
    <div role="alert" className="error">
      {failure && <p>{failure}</p>}
      {problems.size > 0 && (
        <ul>{[...problems].map(([field, message]) => <li key={field}>{label(field)}: {message}</li>)}</ul>
      )}
    </div>
  );
}

/** aria-invalid for a field with a problem (or one of its items). */
export const invalid = (problems: Map<string, string>, field: string) =>
  [...problems.keys()].some((k) => k === field || k.startsWith(`${field}.`)) || undefined;
