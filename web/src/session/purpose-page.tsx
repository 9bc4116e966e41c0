import { useState, type FormEvent } from "react";
import { useTexts } from "../i18n/texts";
import { useSession } from "./session";

const CHOICES = ["casusoverleg", "wijkanalyse", "signaal", "anders"] as const;

/** Before any personal data: why. The answer travels as x-purpose with every request. */
export function PurposePage() {
  const { t } = useTexts();
  const { statePurpose, purpose } = useSession();
  const [choice, setChoice] = useState<(typeof CHOICES)[number]>("casusoverleg");
  const [detail, setDetail] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // what the API refuses in a purpose (tabs, line breaks, invisible characters) becomes a space: pasted text still works
    const words = detail.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}]+/gu, " ").replace(/\s+/g, " ").trim();
    if (choice === "anders" && !words) return setProblem(t.purpose.detailRequired);
    const label = t.purpose.options[choice];
    statePurpose(words ? `${label}: ${words}` : label);
  };
  return (
    <main id="main" className="narrow">
      <h1>{t.purpose.title}</h1>
      <p>{t.purpose.intro}</p>
      {purpose && <p className="hint">{t.purpose.shown}: {purpose}</p>}
      <form onSubmit={submit} className="stack">
        <fieldset>
          <legend>{t.purpose.choice}</legend>
          {CHOICES.map((c) => (
            <label key={c} className="choice">
              <input type="radio" name="purpose" value={c} checked={choice === c} onChange={() => setChoice(c)} /> {t.purpose.options[c]}
            </label>
          ))}
        </fieldset>
        <label>
          {t.purpose.detail}
          <input type="text" value={detail} maxLength={200} onChange={(e) => setDetail(e.target.value)} aria-invalid={problem ? true : undefined} aria-describedby={problem ? "purpose-problem" : undefined} />
        </label>
        {problem && <p id="purpose-problem" role="alert" className="error">{problem}</p>}
        <p><button type="submit" className="primary">{t.purpose.submit}</button></p>
      </form>
    </main>
  );
}
