import { Route, Switch, useLocation } from "wouter";
import { FindPage } from "./find/find-page";
import { TextsProvider } from "./i18n/texts";
import { Shell } from "./layout/shell";
import { QueuePage } from "./queue/queue-page";
import { ReportsPage } from "./reports/reports-page";
import { HouseholdPage } from "./roll/household-page";
import { PurposePage } from "./session/purpose-page";
import { SessionProvider, useSession, useViewer, ViewerGate } from "./session/session";
import { OidcCallbackPage, SignInPage } from "./session/sign-in-page";

export function App() {
  return (
    <TextsProvider>
      <SessionProvider>
        <Gate />
      </SessionProvider>
    </TextsProvider>
  );
}

/** Signed in, then a purpose, then who: only then any page that shows people. */
function Gate() {
  const { token, purpose } = useSession();
  const [location, navigate] = useLocation();
  if (location === "/auth/callback") return <OidcCallbackPage onDone={(path) => navigate(path, { replace: true })} />;
  if (!token) return <SignInPage />;
  if (!purpose) return <PurposePage />;
  return (
    <ViewerGate>
      <Shell>
        <Switch>
          <Route path="/" component={Start} />
          <Route path="/households/:id">{(params) => <HouseholdPage id={decodeURIComponent(params.id)} />}</Route>
          <Route path="/reports" component={ReportsPage} />
          <Route path="/find" component={FindPage} />
          <Route path="/sign-in"><Start /></Route>
          <Route><Start /></Route>
        </Switch>
      </Shell>
    </ViewerGate>
  );
}

/** The start page: the work queue, or for an agency worker (who gets no pattern hits) the search. */
function Start() {
  return useViewer().role === "AGENCY_WORKER" ? <FindPage /> : <QueuePage />;
}
