import { useEffect, useState } from "react";
import { fill, useTexts } from "../i18n/texts";
import { userManager, type OidcOptions } from "./oidc";
import { useSession } from "./session";

interface SignInOptions { oidc: OidcOptions | null; developmentRoles: string[] }

/** Sign in at the identity provider, or (development, this machine) as one of the four roles. */
export function SignInPage() {
  const { t } = useTexts();
  const { signIn, notice } = useSession();
  const [options, setOptions] = useState<SignInOptions | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    fetch("/auth/options").then((r) => r.json() as Promise<SignInOptions>).then(setOptions, (e: Error) => setProblem(e.message));
  }, []);
  const asRole = async (role: string) => {
    const res = await fetch("/auth/development-token", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ role }) });
    const body = (await res.json()) as { token?: string; error?: string };
    if (body.token) signIn(body.token);
    else setProblem(body.error ?? res.statusText);
  };
  const oidc = options?.oidc;
  return (
    <main id="main" className="narrow">
      <h1>{t.signIn.title}</h1>
      {notice === "expired" && <p role="alert" className="notice">{t.signIn.expired}</p>}
      <p>{t.signIn.intro}</p>
      {problem && <p role="alert" className="error">{fill(t.signIn.failed, { message: problem })}</p>}
      {!options && !problem && <p role="status">{t.loading}</p>}
      {oidc && (
        <p>
          <button type="button" className="primary" onClick={() => void userManager(oidc).signinRedirect({ state: window.location.pathname }).catch((e: Error) => setProblem(e.message))}>
            {fill(t.signIn.oidc, { issuer: new URL(oidc.issuer).host })}
          </button>
        </p>
      )}
      {options && options.developmentRoles.length > 0 && (
        <section aria-labelledby="dev-roles">
          <h2 id="dev-roles">{t.signIn.development}</h2>
          <p className="hint">{t.signIn.developmentNote}</p>
          <ul className="buttons">
            {options.developmentRoles.map((role) => (
              <li key={role}>
                <button type="button" onClick={() => void asRole(role)}>{t.roles[role as keyof typeof t.roles] ?? role} ({role})</button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {options && !oidc && options.developmentRoles.length === 0 && <p className="notice">{t.signIn.none}</p>}
    </main>
  );
}

/** Where the identity provider sends the browser back: trade the code for the token (PKCE). */
export function OidcCallbackPage({ onDone }: { onDone: (path: string) => void }) {
  const { t } = useTexts();
  const { signIn } = useSession();
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    fetch("/auth/options")
      .then((r) => r.json() as Promise<SignInOptions>)
      .then(async (options) => {
        if (!options.oidc) throw new Error("no identity provider configured");
        const user = await userManager(options.oidc).signinRedirectCallback();
        signIn(user.access_token);
        const back = typeof user.state === "string" && user.state.startsWith("/") && !user.state.startsWith("//") ? user.state : "/";
        onDone(back); // only a path on this site: the state came back through the browser
      })
      .catch((e: Error) => setProblem(e.message));
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- once, on arrival
  return (
    <main id="main" className="narrow">
      <h1>{t.signIn.title}</h1>
      {problem ? <p role="alert" className="error">{fill(t.signIn.failed, { message: problem })}</p> : <p role="status">{t.loading}</p>}
    </main>
  );
}
