import { useState } from "react";
import { useMutation, type AnyVariables, type TypedDocumentNode } from "urql";
import { errorText } from "../i18n/errors";
import { useTexts } from "../i18n/texts";

type Answer = { case?: { id: string } | null; userErrors: { field?: string[] | null; message: string }[] };

/**
 * Runs a case mutation: its userErrors as a field → problem map (in the page's language), a
 * refused or failed request as one message, and `onDone` once something was written.
 */
export function useCaseMutation<V extends AnyVariables, D extends Record<string, Answer>>(
  document: TypedDocumentNode<D, V>, onDone: () => void,
) {
  const { t, lang } = useTexts();
  const [{ fetching }, run] = useMutation(document);
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (variables: V): Promise<boolean> => {
    setFailure(null);
    const result = await run(variables);
    if (result.error) {
      setFailure(errorText(result.error, t));
      return false;
    }
    const answer = Object.values(result.data ?? {})[0] as Answer | undefined;
    const errors = answer?.userErrors ?? [];
    // the API words its problems in English: on a Dutch page the field is named and marked instead
    setProblems(new Map(errors.map((e) => [(e.field ?? []).slice(1).join("."), lang === "en" ? e.message : t.cases.checkField])));
    if (errors.length || !answer?.case) return false;
    onDone();
    return true;
  };
  return { submit, fetching, problems, failure };
}
