/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What kind of organisation an agency is. */
export type AgencyKind =
  /** An addiction care provider. */
  | 'ADDICTION_CARE'
  /** A benefits agency, such as UWV. */
  | 'BENEFITS'
  /** A debt counselling service. */
  | 'DEBT_SERVICES'
  /** General health care, such as a GP. */
  | 'HEALTHCARE'
  /** A housing corporation. */
  | 'HOUSING'
  /** A mental health care (GGZ) provider. */
  | 'MENTAL_HEALTH'
  /** A municipal desk or service: Wmo desk, youth and family centre, work and income. */
  | 'MUNICIPALITY'
  /** A neighbourhood team. */
  | 'NEIGHBOURHOOD_TEAM'
  /** Any other organisation. */
  | 'OTHER'
  /** The police. */
  | 'POLICE'
  /** Veilig Thuis, the advice and reporting centre for domestic violence and child abuse. */
  | 'SAFE_HOME'
  /** A school. */
  | 'SCHOOL'
  /** A utility: gas, water, electricity. */
  | 'UTILITY'
  /** A youth care provider. */
  | 'YOUTH_CARE';

/** The recorded basis for sharing between agencies; also the legal ground a case works under. */
export type ConsentBasis =
  /** The household's consent, as a consent record. */
  | 'CONSENT'
  /** A statutory task, named by its article. */
  | 'LEGAL_TASK'
  /** A vital interest of someone in the household. */
  | 'VITAL_INTEREST';

/** What started a detection run. */
export type DetectionTrigger =
  /** An admin's runDetection. */
  | 'API'
  /** A recorded case conference: its household. */
  | 'CASE'
  /** npm run detect. */
  | 'COMMAND'
  /** The day's full run the server makes at DETECTION_DAILY_AT (time passing changes hits); one instance a day. */
  | 'DAILY'
  /** A delivery or iJw/iWmo messages were imported: the households they touched, or everyone when an agency changed. */
  | 'IMPORT'
  /** Started some other way: a benchmark, a test, a tool of its own. */
  | 'OTHER'
  /** npm run retention removed data. */
  | 'RETENTION'
  /** npm run seed. */
  | 'SEED'
  /** The server starting. */
  | 'START';

/** Why a hit was dismissed: known and coordinated outside the systems, a data error, not a concern, other. */
export type DismissReason =
  /** The help is coordinated, in a way the delivered data does not show. */
  | 'COORDINATED_OUTSIDE_SYSTEMS'
  /** The hit comes from wrong or missing data. */
  | 'DATA_ERROR'
  /** The pattern is there but is no concern here; counts in the rule's notAConcernShare. */
  | 'NOT_A_CONCERN'
  /** Another reason, said in the note (then required). */
  | 'OTHER';

/** The law or field help falls under (shared/domain.md). */
export type Domain =
  /** General health care: GP, physical health. */
  | 'GEZONDHEID'
  /** Mental health care: outpatient treatment, crisis care, admission. */
  | 'GGZ'
  /** Income from UWV: sickness and disability benefits (WIA, Wajong), assessments. */
  | 'INKOMEN'
  /** Jeugdwet, youth: family support, youth care, child protection. */
  | 'JEUGD'
  /** Education: appropriate education (passend onderwijs), compulsory schooling, truancy follow-up. */
  | 'ONDERWIJS'
  /** Anything else. */
  | 'OVERIG'
  /** Participatiewet, work and income: social assistance benefit, reintegration, job coaching. */
  | 'PARTICIPATIE'
  /** Municipal debt relief: debt counselling, budget management. */
  | 'SCHULDHULP'
  /** Safety: police, justice, Veilig Thuis (domestic violence and child abuse). */
  | 'VEILIGHEID'
  /** Addiction care: counselling, prevention. */
  | 'VERSLAVING'
  /** Wmo 2015, social support: guidance at home, household help, aids, transport. */
  | 'WMO'
  /** Housing: housing corporations and utilities (rent arrears, eviction prevention, disconnection). */
  | 'WONEN';

/** Why an intervention ended. */
export type EndReason =
  /** Ended early by the client, including not accepting help; an avoidance marker for CARE_AVOIDANCE. */
  | 'CLIENT_WITHDREW'
  /** Ended according to plan or by mutual agreement. */
  | 'COMPLETED'
  /** The client moved away. */
  | 'MOVED'
  /** Ended for lack of contact with the client; an avoidance marker for CARE_AVOIDANCE. */
  | 'NO_CONTACT'
  /** Any other reason, including message codes that map to none of the above. */
  | 'OTHER'
  /** Ended with a referral elsewhere. */
  | 'REFERRED'
  /** Ended early by the provider: the relationship broke down, including aggression towards the professional; counts for PROFESSIONAL_TURNOVER. */
  | 'RELATIONSHIP_BROKEN';

/** What kind of thing an event records (shared/data-format.md). */
export type EventType =
  /** A provider asked the municipality to allocate or change help (iJw/iWmo 315, 317). */
  | 'CARE_REQUEST'
  /** A multidisciplinary meeting on a household, with the agencies that took part (participants). */
  | 'CASE_CONFERENCE'
  /** The agency gave in: reversed a decision, made an exception, granted what was refused (relatedEvent: the escalation). */
  | 'CONCESSION'
  /** A contact or visit that took place. */
  | 'CONTACT'
  /** The subject refused contact or help, or denied access. */
  | 'CONTACT_REFUSED'
  /** Shouting, threats or an aggressive complaint aimed at a professional (severity 1 to 3). */
  | 'ESCALATION'
  /** A missed appointment. */
  | 'NO_SHOW'
  /** The agency referred the subject to another agency (targetAgency). */
  | 'REFERRAL'
  /** The municipality's answer to such a request (iJw/iWmo 319). */
  | 'REQUEST_ANSWER'
  /** A concern observed, in a domain: rent arrears, disconnection, truancy, a disclosure of violence. */
  | 'SIGNAL';

/** What an evidence item is in its hit. */
export type EvidenceRole =
  /** An agency involved: one of a pair (UNCOORDINATED_OVERLAP), one giving in (ESCALATION_CONCESSION), one helping without result (EFFORT_WITHOUT_RESULT). */
  | 'AGENCY'
  /** A care avoidance marker: help ended because the client withdrew. */
  | 'CLIENT_WITHDREW'
  /** A concession that followed an escalation at the same agency. */
  | 'CONCESSION'
  /** A care avoidance marker: contact refused. */
  | 'CONTACT_REFUSED'
  /** A domain with help running on the day, without a coordinator. */
  | 'DOMAIN'
  /** An escalation event (a complaint, a threat, a lawyer's letter). */
  | 'ESCALATION'
  /** A domain in which help was already running when the signal came (a signal there counts as seen). */
  | 'HELPED_IN_DOMAIN'
  /** A household the hit concerns: where a person's hit counts. */
  | 'HOUSEHOLD'
  /** Help from an agency spanning the years counted. */
  | 'INTERVENTION'
  /** A signal nobody followed up in time. */
  | 'MISSED_SIGNAL'
  /** A care avoidance marker: help ended without contact. */
  | 'NO_CONTACT'
  /** A care avoidance marker: an appointment missed. */
  | 'NO_SHOW'
  /** A measured outcome of that help. */
  | 'OUTCOME'
  /** Help running at the same time as another agency's help, for the days in from–to. */
  | 'OVERLAPPING_INTERVENTION'
  /** A professional who started help within the window. */
  | 'PROFESSIONAL'
  /** Help ended with the working relationship broken. */
  | 'RELATIONSHIP_BROKEN'
  /** Help running in that domain on the day. */
  | 'RUNNING_INTERVENTION'
  /** Help started within the window, by the professional named. */
  | 'STARTED_INTERVENTION'
  /** A self-sufficiency (ZRM) domain whose score did not improve: its first and last score. */
  | 'ZRM_TREND';

/** A coordinator, and a household it is to see in full. */
export type GrantHouseholdAccessInput = {
  /** The household's delivery id. */
  householdId: string | number;
  /** The coordinator's user id, as its tokens name it. */
  userId: string;
};

/** Why a stored hit's status changed: a DismissReason given by a person, or what a detection run saw. */
export type HitChangeReason =
  /** Dismissed: the help is coordinated, in a way the delivered data does not show. */
  | 'COORDINATED_OUTSIDE_SYSTEMS'
  /** Dismissed: the hit comes from wrong or missing data. */
  | 'DATA_ERROR'
  /** A run found its evidence changed after it was dismissed or resolved: back as NEW. */
  | 'EVIDENCE_CHANGED'
  /** A run found it for the first time. */
  | 'FOUND'
  /** A run found it again after it was GONE. */
  | 'FOUND_AGAIN'
  /** Dismissed: the pattern is there but is no concern here. */
  | 'NOT_A_CONCERN'
  /** A run no longer found it: GONE. */
  | 'NOT_FOUND'
  /** Dismissed for another reason, said in the note. */
  | 'OTHER';

/** NEW → SEEN → IN_PROGRESS (with an assignee) → RESOLVED, or DISMISSED with a reason; GONE: a run no longer finds it. */
export type HitStatus =
  /** Judged to need nothing, with a DismissReason. */
  | 'DISMISSED'
  /** The latest run no longer finds it. Set by runs only; a gone hit cannot be triaged. */
  | 'GONE'
  /** Someone works on it: the assignee. */
  | 'IN_PROGRESS'
  /** Found by a run and not yet looked at; also a hit found again after it was gone, or reopened because its evidence changed. */
  | 'NEW'
  /** Dealt with. */
  | 'RESOLVED'
  /** A person has looked at it. */
  | 'SEEN';

/** What an import counted: one of the delivery's arrays (shared/data-format.md), or iJw/iWmo messages. */
export type ImportCountKind =
  /** Agencies. */
  | 'AGENCIES'
  /** Consents and other legal grounds for sharing. */
  | 'CONSENTS'
  /** Coordinators of households. */
  | 'COORDINATORS'
  /** Events: signals, referrals, contacts, escalations, ... */
  | 'EVENTS'
  /** Households. */
  | 'HOUSEHOLDS'
  /** Help (interventions). */
  | 'INTERVENTIONS'
  /** Memberships of households. */
  | 'MEMBERSHIPS'
  /** iJw/iWmo messages read (importMessages): received, and created for those not received before. */
  | 'MESSAGES'
  /** Measured outcomes of help. */
  | 'OUTCOMES'
  /** Persons. */
  | 'PERSONS'
  /** Professionals. */
  | 'PROFESSIONALS'
  /** Messages of types behangrol does not read (return messages, claims): counted and skipped. */
  | 'SKIPPED_MESSAGES';

/** One delivery to import. */
export type ImportDeliveryInput = {
  /** One delivery as a JSON object, in the format of shared/data-format.md. */
  dataset: unknown;
};

/** iJw/iWmo 3.2 messages to import, all or nothing. */
export type ImportStandardMessagesInput = {
  /** The XML texts, one message each; at most 5000 a call (a larger archive: npm run import). */
  messages: Array<string>;
};

/** EN, or NL for the Dutch the coordinators work in. */
export type Language =
  /** English. */
  | 'EN'
  /** Dutch. */
  | 'NL';

/** A person's place in a household. */
export type MembershipRole =
  /** A child of the household, of any age. */
  | 'CHILD'
  /** Any other member. */
  | 'OTHER'
  /** A parent. */
  | 'PARENT'
  /** A partner. */
  | 'PARTNER';

/** Whether an intervention achieved its goal. */
export type OutcomeResult =
  /** Achieved. */
  | 'ACHIEVED'
  /** Not achieved. */
  | 'NOT_ACHIEVED'
  /** Partly achieved. */
  | 'PARTIAL';

/** The detectors of the pattern definitions (patterns.md); the numbers are the parameters' defaults. */
export type PatternKind =
  /** At least minMarkers (3) refusals, no-shows or help ended by the client or for no contact, from at least minAgencies (2) agencies, within windowDays (365). About a household. */
  | 'CARE_AVOIDANCE'
  /** Help from at least minAgencies (5) agencies over at least minYears (2) years, and no outcome ACHIEVED. About a household. */
  | 'EFFORT_WITHOUT_RESULT'
  /** A person who escalated and then got a concession, at at least minAgencies (3) agencies. About a person. */
  | 'ESCALATION_CONCESSION'
  /** At least minMissed (1) signals with no help, referral or conference in their domain within followUpDays (60). About a household. */
  | 'MISSED_SIGNAL'
  /** On some day help running in at least minDomains (3) domains, and no coordinator assigned. About a household. */
  | 'MULTI_DOMAIN_NO_COORDINATOR'
  /** Within windowDays (365), help started by at least minProfessionals (5) different professionals, or at least minBroken (2) relationships broken off. About a household. */
  | 'PROFESSIONAL_TURNOVER'
  /** Help from two agencies overlapping at least minOverlapDays (30), with no joint conference, referral or coordinator. About a household. */
  | 'UNCOORDINATED_OVERLAP';

/** Every field optional; a detector reads only its own, with the defaults of patterns.md. A value out of its range is refused (BAD_USER_INPUT). */
export type PatternParams = {
  /** UNCOORDINATED_OVERLAP: how many days before an overlap a conference or referral still coordinates it (default 90; 0 to 36500). */
  conferenceLookbackDays?: number | null | undefined;
  /** MISSED_SIGNAL: the days after a signal in which it must be followed up (default 60; 1 to 36500). */
  followUpDays?: number | null | undefined;
  /** The fewest distinct agencies: ESCALATION_CONCESSION (default 3), CARE_AVOIDANCE (2), EFFORT_WITHOUT_RESULT (5); 1 to 1000. */
  minAgencies?: number | null | undefined;
  /** PROFESSIONAL_TURNOVER: or the fewest help ended RELATIONSHIP_BROKEN in one window (default 2; 1 to 1000). */
  minBroken?: number | null | undefined;
  /** MULTI_DOMAIN_NO_COORDINATOR: the fewest domains with help running on one day (default 3; 1 to 12). */
  minDomains?: number | null | undefined;
  /** CARE_AVOIDANCE: the fewest avoidance markers in one window (default 3; 1 to 1000). */
  minMarkers?: number | null | undefined;
  /** MISSED_SIGNAL: the fewest missed signals (default 1; 1 to 1000). */
  minMissed?: number | null | undefined;
  /** UNCOORDINATED_OVERLAP: the fewest days two agencies' help must overlap (default 30; 1 to 36500). */
  minOverlapDays?: number | null | undefined;
  /** UNCOORDINATED_OVERLAP: the fewest uncoordinated agency pairs (default 1; 1 to 1000). */
  minPairs?: number | null | undefined;
  /** PROFESSIONAL_TURNOVER: the fewest distinct professionals starting help in one window (default 5; 1 to 1000). */
  minProfessionals?: number | null | undefined;
  /** EFFORT_WITHOUT_RESULT: the fewest calendar years the help spans (default 2; 1 to 100). */
  minYears?: number | null | undefined;
  /** Days: ESCALATION_CONCESSION from escalation to concession (default 30; 0 to 36500); CARE_AVOIDANCE and PROFESSIONAL_TURNOVER the window (default 365; 1 to 36500). */
  windowDays?: number | null | undefined;
};

/** A coordinator, and a household whose grant is withdrawn. */
export type RevokeHouseholdAccessInput = {
  /** The household's delivery id. */
  householdId: string | number;
  /** The user id the grant was for. */
  userId: string;
};

/** What a detection run is to look at; leave it out, or leave householdIds out, for everyone. */
export type StartDetectionRunInput = {
  /** Only these households (delivery ids) and their members, 1 to 500; leave out to detect over everyone. */
  householdIds?: Array<string | number> | null | undefined;
};

/** What a timeline entry records; entries of one date come in this order. */
export type TimelineEntryKind =
  /** A basis for sharing between agencies took effect. */
  | 'CONSENT_RECORDED'
  /** A coordinator's assignment began (professional, agency). */
  | 'COORDINATOR_ASSIGNED'
  /** A coordinator's assignment ended. */
  | 'COORDINATOR_ENDED'
  /** An event: a signal, referral, contact, conference... (event, agency). */
  | 'EVENT'
  /** Help ended, on its end date (the day after its last). */
  | 'INTERVENTION_ENDED'
  /** Help started (intervention, agency, domain). */
  | 'INTERVENTION_STARTED'
  /** A person joined the household (person). */
  | 'MEMBER_JOINED'
  /** A person left the household (person). */
  | 'MEMBER_LEFT'
  /** An outcome of help was recorded (outcome, intervention). */
  | 'OUTCOME';

/** A stored hit's new status, and why. */
export type TriagePatternHitInput = {
  /** The professional who works on it (required for IN_PROGRESS unless it has one already). */
  assigneeId?: string | number | null | undefined;
  /** The stored hit (PatternHit.id); a live hit cannot be triaged. */
  id: string | number;
  /** Free text, at most 2000 characters (required with reason OTHER); analysts never see it. */
  note?: string | null | undefined;
  /** Required with DISMISSED, and only then. */
  reason?: DismissReason | null | undefined;
  /** Its new status; not GONE, which only runs set. */
  status: HitStatus;
};

/** The 13 life domains of the Zelfredzaamheidsmatrix (2017). */
export type ZrmDomain =
  /** Basic activities of daily living. */
  | 'BASALE_ADL'
  /** Finances. */
  | 'FINANCIEN'
  /** Mental health. */
  | 'GEESTELIJKE_GEZONDHEID'
  /** Domestic relations. */
  | 'HUISELIJKE_RELATIES'
  /** Housing. */
  | 'HUISVESTING'
  /** Instrumental activities of daily living. */
  | 'INSTRUMENTELE_ADL'
  /** Justice. */
  | 'JUSTITIE'
  /** Physical health. */
  | 'LICHAMELIJKE_GEZONDHEID'
  /** Community participation. */
  | 'MAATSCHAPPELIJKE_PARTICIPATIE'
  /** Substance use. */
  | 'MIDDELENGEBRUIK'
  /** Social network. */
  | 'SOCIAAL_NETWERK'
  /** Use of time. */
  | 'TIJDSBESTEDING'
  /** Work and education. */
  | 'WERK_OPLEIDING';

export type HouseholdTimelineQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type HouseholdTimelineQuery = { household: { id: string, timeline: Array<{ date: string, kind: TimelineEntryKind, domain: Domain | null, summary: string, agency: { id: string, name: string } | null, person: { id: string } | null, intervention: { id: string } | null, event: { id: string, type: EventType } | null, outcome: { id: string, result: OutcomeResult } | null }> } | null };

export type HouseholdDetailQueryVariables = Exact<{
  id: string | number;
  on?: string | null | undefined;
}>;


export type HouseholdDetailQuery = { household: { id: string, neighbourhood: string | null, members: Array<{ id: string, name: string | null, birthYear: number | null }>, memberships: Array<{ role: MembershipRole, from: string, to: string | null, person: { id: string } }>, interventions: Array<{ id: string, domain: Domain, kind: string | null, start: string, end: string | null, endReason: EndReason | null, endReasonCode: number | null, agency: { id: string, name: string }, professional: { id: string, agency: { id: string } } | null, person: { id: string } | null, household: { id: string } | null, outcomes: Array<{ id: string, result: OutcomeResult, zrm: Array<{ domain: ZrmDomain, score: number }> }> }>, events: Array<{ id: string, type: EventType, date: string, domain: Domain | null, severity: number | null, agency: { id: string }, targetAgency: { id: string } | null, participants: Array<{ id: string }>, relatedEvent: { id: string, type: EventType } | null }>, coordinators: Array<{ from: string, to: string | null, professional: { id: string } }>, consents: Array<{ id: string, basis: ConsentBasis, agencies: Array<{ id: string }> }> } | null };

export type HouseholdsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  neighbourhood?: string | null | undefined;
  domain?: Domain | null | undefined;
  agencyId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type HouseholdsQuery = { households: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, neighbourhood: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HouseholdsWithEverythingQueryVariables = Exact<{
  neighbourhood?: string | null | undefined;
}>;


export type HouseholdsWithEverythingQuery = { households: { edges: Array<{ node: { id: string, members: Array<{ id: string, name: string | null }>, interventions: Array<{ id: string, agency: { name: string }, professional: { name: string | null } | null, outcomes: Array<{ zrm: Array<{ domain: ZrmDomain, score: number }> }> }>, events: Array<{ id: string, agency: { name: string }, participants: Array<{ name: string }> }>, timeline: Array<{ date: string, summary: string, agency: { name: string } | null }> } }> } };

export type HouseholdOutcomesQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdOutcomesQuery = { household: { outcomes: Array<{ id: string, date: string, result: OutcomeResult, intervention: { id: string } }> } | null };

export type ImportDatasetMutationVariables = Exact<{
  dataset: unknown;
}>;


export type ImportDatasetMutation = { importDataset: { ok: boolean, source: string | null, received: number, created: number, errors: Array<{ path: string, message: string }>, counts: Array<{ kind: ImportCountKind, received: number, created: number }> } };

export type AgenciesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  domain?: Domain | null | undefined;
}>;


export type AgenciesQuery = { agencies: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, kind: AgencyKind, domains: Array<Domain>, professionals: Array<{ id: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type InterventionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  domain?: Domain | null | undefined;
  agencyId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type InterventionsQuery = { interventions: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, start: string, end: string | null, domain: Domain, agency: { id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EventsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  type?: EventType | null | undefined;
  agencyId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type EventsQuery = { events: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, type: EventType, date: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type GrantHouseholdAccessMutationVariables = Exact<{
  input: GrantHouseholdAccessInput;
}>;


export type GrantHouseholdAccessMutation = { grantHouseholdAccess: { householdId: string | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type RevokeHouseholdAccessMutationVariables = Exact<{
  input: RevokeHouseholdAccessInput;
}>;


export type RevokeHouseholdAccessMutation = { revokeHouseholdAccess: { householdId: string | null, revoked: boolean | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type ImportDeliveryMutationVariables = Exact<{
  input: ImportDeliveryInput;
}>;


export type ImportDeliveryMutation = { importDelivery: { result: { ok: boolean, source: string | null, received: number, created: number, errors: Array<{ path: string, message: string }>, detectionRun: { households: number | null } | null } | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type ImportStandardMessagesMutationVariables = Exact<{
  input: ImportStandardMessagesInput;
}>;


export type ImportStandardMessagesMutation = { importStandardMessages: { result: { ok: boolean, errors: Array<{ path: string, message: string }>, counts: Array<{ kind: ImportCountKind, received: number, created: number }> } | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type StartDetectionRunMutationVariables = Exact<{
  input?: StartDetectionRunInput | null | undefined;
}>;


export type StartDetectionRunMutation = { startDetectionRun: { detectionRun: { seq: number, trigger: DetectionTrigger, households: number | null, new: number, counts: Array<{ kind: PatternKind, new: number }> } | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type TriagePatternHitMutationVariables = Exact<{
  input: TriagePatternHitInput;
}>;


export type TriagePatternHitMutation = { triagePatternHit: { hit: { id: string, status: HitStatus | null, assignee: { id: string } | null, history: Array<{ by: string | null, to: HitStatus, reason: HitChangeReason | null, note: string | null }> } | null, userErrors: Array<{ field: Array<string>, message: string }> } };

export type PatternHitsQueryVariables = Exact<{
  kind: PatternKind;
  asOf?: string | null | undefined;
  params?: PatternParams | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  lang?: Language | null | undefined;
  neighbourhood?: string | null | undefined;
}>;


export type PatternHitsQuery = { patternHits: { totalCount: number, edges: Array<{ cursor: string, node: { kind: PatternKind, score: number, explanation: string, subject:
          | { __typename: 'Household', id: string }
          | { __typename: 'Person', id: string }
        , evidence: Array<{ role: EvidenceRole, group: number, date: string | null, from: string | null, to: string | null, days: number | null, domain: Domain | null, agency: { id: string, name: string } | null, intervention: { id: string } | null, event: { id: string, type: EventType } | null, person: { id: string } | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HouseholdPatternsQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type HouseholdPatternsQuery = { household: { patterns: Array<{ kind: PatternKind, score: number, explanation: string, subject:
        | { __typename: 'Household', id: string }
        | { __typename: 'Person', id: string }
       }> } | null };

export type PatternSummaryQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type PatternSummaryQuery = { patternSummary: { asOf: string, kinds: Array<{ kind: PatternKind, hits: number }>, neighbourhoods: Array<{ neighbourhood: string, kind: PatternKind, hits: number }>, agencies: Array<{ kind: PatternKind, hits: number, agencyId: { id: string } | null }> } };

export type PersonDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonDetailQuery = { person: { id: string, name: string | null, birthYear: number | null, memberships: Array<{ role: MembershipRole, from: string, to: string | null, household: { id: string } }>, interventions: Array<{ id: string, domain: Domain }>, events: Array<{ id: string, type: EventType }> } | null };


export const HouseholdTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdTimelineQuery, HouseholdTimelineQueryVariables>;
export const HouseholdDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endReasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"professional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zrm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"professional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdDetailQuery, HouseholdDetailQueryVariables>;
export const HouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Households"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhood"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domain"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"neighbourhood"},"value":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhood"}}},{"kind":"Argument","name":{"kind":"Name","value":"domain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domain"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdsQuery, HouseholdsQueryVariables>;
export const HouseholdsWithEverythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdsWithEverything"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhood"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"neighbourhood"},"value":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhood"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"professional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zrm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdsWithEverythingQuery, HouseholdsWithEverythingQueryVariables>;
export const HouseholdOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdOutcomesQuery, HouseholdOutcomesQueryVariables>;
export const ImportDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]}}]} as unknown as DocumentNode<ImportDatasetMutation, ImportDatasetMutationVariables>;
export const AgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domain"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"domain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domain"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"domains"}},{"kind":"Field","name":{"kind":"Name","value":"professionals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AgenciesQuery, AgenciesQueryVariables>;
export const InterventionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Interventions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domain"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interventions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"domain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domain"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<InterventionsQuery, InterventionsQueryVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const GrantHouseholdAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantHouseholdAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantHouseholdAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantHouseholdAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GrantHouseholdAccessMutation, GrantHouseholdAccessMutationVariables>;
export const RevokeHouseholdAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeHouseholdAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeHouseholdAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeHouseholdAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeHouseholdAccessMutation, RevokeHouseholdAccessMutationVariables>;
export const ImportDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportDeliveryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"detectionRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportDeliveryMutation, ImportDeliveryMutationVariables>;
export const ImportStandardMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportStandardMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportStandardMessagesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importStandardMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportStandardMessagesMutation, ImportStandardMessagesMutationVariables>;
export const StartDetectionRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartDetectionRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StartDetectionRunInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDetectionRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detectionRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"new"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"new"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StartDetectionRunMutation, StartDetectionRunMutationVariables>;
export const TriagePatternHitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TriagePatternHit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TriagePatternHitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triagePatternHit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TriagePatternHitMutation, TriagePatternHitMutationVariables>;
export const PatternHitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatternHits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PatternKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"params"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PatternParams"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhood"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patternHits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"params"},"value":{"kind":"Variable","name":{"kind":"Name","value":"params"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"neighbourhood"},"value":{"kind":"Variable","name":{"kind":"Name","value":"neighbourhood"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PatternHitsQuery, PatternHitsQueryVariables>;
export const HouseholdPatternsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdPatterns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patterns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdPatternsQuery, HouseholdPatternsQueryVariables>;
export const PatternSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatternSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patternSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","alias":{"kind":"Name","value":"agencyId"},"name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PatternSummaryQuery, PatternSummaryQueryVariables>;
export const PersonDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<PersonDetailQuery, PersonDetailQueryVariables>;