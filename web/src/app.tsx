import { Route, Switch, useLocation } from "wouter";
import { AgencyStart } from "./caseload/agency-start";
import { CaseloadPage } from "./caseload/caseload-page";
import { HouseholdWithCase } from "./cases/household-with-case";
import { FindPage } from "./find/find-page";
import { TextsProvider } from "./i18n/texts";
import { Shell } from "./layout/shell";
import { QueuePage } from "./queue/queue-page";
import { ReportsPage } from "./reports/reports-page";
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
          <Route path="/households/:id">{(params) => <HouseholdWithCase id={decodeURIComponent(params.id)} />}</Route>
          <Route path="/reports" component={ReportsPage} />
          <Route path="/hits" component={QueuePage} />
          <Route path="/find" component={FindPage} />
          <Route path="/sign-in"><Start /></Route>
          <Route><Start /></Route>
        </Switch>
      </Shell>
    </ViewerGate>
  );
}

/** The start page: a coordinator's (and an admin's) caseload; an agency worker's own households; an analyst's hits. */
function Start() {
  const role = useViewer().role;
  return role === "AGENCY_WORKER" ? <AgencyStart /> : role === "ANALYST" ? <QueuePage /> : <CaseloadPage />;
}
