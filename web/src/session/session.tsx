import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { Provider, useQuery } from "urql";
import { createClient } from "../api/client";
import { graphql } from "../gql";
import type { ViewerQuery } from "../gql/graphql";
import { fill, useTexts } from "../i18n/texts";
import { session } from "./storage";

const ViewerDocument = graphql(`
  query Viewer {
    viewer { userId name role purpose agency { id name } }
  }
`);

export type SignedIn = ViewerQuery["viewer"];

interface SessionState {
  token: string | null;
  purpose: string | null;
  signIn: (token: string) => void;
  statePurpose: (purpose: string) => void;
  changePurpose: () => void;
  signOut: (reason?: "expired") => void;
  notice: string | null;
}

const SessionContext = createContext<SessionState | null>(null);
const ViewerContext = createContext<SignedIn | null>(null);

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}

/** The signed-in user (inside the gate only). */
export function useViewer(): SignedIn {
  const value = useContext(ViewerContext);
  if (!value) throw new Error("useViewer outside the signed-in part");
  return value;
}

/** The tab's session (token, purpose) and the one GraphQL client that sends them. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState(session.token);
  const [purpose, setPurpose] = useState(session.purpose);
  const [notice, setNotice] = useState<string | null>(null);
  const signOut = useCallback((reason?: "expired") => {
    session.clear();
    setToken(null);
    setPurpose(null);
    setNotice(reason ?? null);
  }, []);
  const client = useMemo(() => createClient(() => signOut("expired")), [signOut, token]);
  const state: SessionState = {
    token,
    purpose,
    notice,
    signOut,
    signIn: (t) => {
      session.setToken(t);
      setToken(t);
      setNotice(null);
    },
    statePurpose: (p) => {
      session.setPurpose(p);
      setPurpose(p);
    },
    changePurpose: () => {
      session.clearPurpose();
      setPurpose(null);
    },
  };
  return (
    <SessionContext.Provider value={state}>
      <Provider value={client}>{children}</Provider>
    </SessionContext.Provider>
  );
}

/** Knows who is signed in before anything else is asked. */
export function ViewerGate({ children }: { children: ReactNode }) {
  const { t } = useTexts();
  const [{ data, error, fetching }, retry] = useQuery({ query: ViewerDocument, requestPolicy: "network-only" });
  if (fetching && !data) return <p role="status">{t.loading}</p>;
  if (error || !data) {
    return (
      <div role="alert">
        <p>{fill(t.signIn.failed, { message: error?.message ?? t.error })}</p>
        <button type="button" onClick={() => retry({ requestPolicy: "network-only" })}>{t.retry}</button>
      </div>
    );
  }
  return <ViewerContext.Provider value={data.viewer}>{children}</ViewerContext.Provider>;
}
