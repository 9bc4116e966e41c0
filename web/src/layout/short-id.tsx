import { useState } from "react";
import { useTexts } from "../i18n/texts";

const LONG = 20;
/** A long id (an analyst's 52-character pseudonym) shortened for the eye: its start and end. */
export const shortId = (id: string) => (id.length > LONG ? `${id.slice(0, 10)}…${id.slice(-6)}` : id);

/** An id as text: short on screen, whole for screen readers and on hover. */
export function ShortId({ id }: { id: string }) {
  if (id.length <= LONG) return <>{id}</>;
  return (
    <span className="short-id">
      <span className="visually-hidden">{id}</span>
      <span aria-hidden="true" title={id}>{shortId(id)}</span>
    </span>
  );
}

/** Copies a long id whole (what a shortened one cannot be read from); nothing for short ids. */
export function CopyId({ id }: { id: string }) {
  const { t } = useTexts();
  const [copied, setCopied] = useState(false);
  if (id.length <= LONG || !navigator.clipboard) return null;
  return (
    <button type="button" className="link copy" onClick={() => void navigator.clipboard.writeText(id).then(() => setCopied(true))}>
      {copied ? t.ids.copied : t.ids.copy}
    </button>
  );
}

/** A text with {id} in it, the id shortened: "Behangrol van huishouden <ShortId>". */
export function WithId({ text, id }: { text: string; id: string }) {
  const [before = "", after = ""] = text.split("{id}");
  return <>{before}<ShortId id={id} />{after}</>;
}
