import { registerEnumType } from "type-graphql";

/** The enumerations of shared/data-format.md, as GraphQL enums. */
export enum Domain {
  WMO = "WMO", JEUGD = "JEUGD", PARTICIPATIE = "PARTICIPATIE", SCHULDHULP = "SCHULDHULP", ONDERWIJS = "ONDERWIJS",
  GGZ = "GGZ", VERSLAVING = "VERSLAVING", VEILIGHEID = "VEILIGHEID", WONEN = "WONEN", INKOMEN = "INKOMEN",
  GEZONDHEID = "GEZONDHEID", OVERIG = "OVERIG",
}
export enum AgencyKind {
  MUNICIPALITY = "MUNICIPALITY", NEIGHBOURHOOD_TEAM = "NEIGHBOURHOOD_TEAM", YOUTH_CARE = "YOUTH_CARE",
  MENTAL_HEALTH = "MENTAL_HEALTH", ADDICTION_CARE = "ADDICTION_CARE", DEBT_SERVICES = "DEBT_SERVICES", POLICE = "POLICE",
  SAFE_HOME = "SAFE_HOME", HOUSING = "HOUSING", SCHOOL = "SCHOOL", BENEFITS = "BENEFITS", UTILITY = "UTILITY",
  HEALTHCARE = "HEALTHCARE", OTHER = "OTHER",
}
export enum MembershipRole { PARENT = "PARENT", PARTNER = "PARTNER", CHILD = "CHILD", OTHER = "OTHER" }
export enum EndReason {
  COMPLETED = "COMPLETED", CLIENT_WITHDREW = "CLIENT_WITHDREW", NO_CONTACT = "NO_CONTACT",
  RELATIONSHIP_BROKEN = "RELATIONSHIP_BROKEN", REFERRED = "REFERRED", MOVED = "MOVED", OTHER = "OTHER",
}
export enum EventType {
  SIGNAL = "SIGNAL", REFERRAL = "REFERRAL", CONTACT = "CONTACT", CONTACT_REFUSED = "CONTACT_REFUSED", NO_SHOW = "NO_SHOW",
  ESCALATION = "ESCALATION", CONCESSION = "CONCESSION", CASE_CONFERENCE = "CASE_CONFERENCE",
  /** a provider asked the municipality to allocate or change help (iJw/iWmo 315, 317) */
  CARE_REQUEST = "CARE_REQUEST",
  /** the municipality's answer to such a request (iJw/iWmo 319) */
  REQUEST_ANSWER = "REQUEST_ANSWER",
}
export enum OutcomeResult { ACHIEVED = "ACHIEVED", PARTIAL = "PARTIAL", NOT_ACHIEVED = "NOT_ACHIEVED" }
export enum ConsentBasis { CONSENT = "CONSENT", LEGAL_TASK = "LEGAL_TASK", VITAL_INTEREST = "VITAL_INTEREST" }
export enum ZrmDomain {
  FINANCIEN = "FINANCIEN", WERK_OPLEIDING = "WERK_OPLEIDING", TIJDSBESTEDING = "TIJDSBESTEDING", HUISVESTING = "HUISVESTING",
  HUISELIJKE_RELATIES = "HUISELIJKE_RELATIES", GEESTELIJKE_GEZONDHEID = "GEESTELIJKE_GEZONDHEID",
  LICHAMELIJKE_GEZONDHEID = "LICHAMELIJKE_GEZONDHEID", MIDDELENGEBRUIK = "MIDDELENGEBRUIK", BASALE_ADL = "BASALE_ADL",
  INSTRUMENTELE_ADL = "INSTRUMENTELE_ADL", SOCIAAL_NETWERK = "SOCIAAL_NETWERK",
  MAATSCHAPPELIJKE_PARTICIPATIE = "MAATSCHAPPELIJKE_PARTICIPATIE", JUSTITIE = "JUSTITIE",
}

registerEnumType(Domain, {
  name: "Domain",
  description: "The law or field help falls under (shared/domain.md).",
  valuesConfig: {
    WMO: { description: "Wmo 2015, social support: guidance at home, household help, aids, transport." },
    JEUGD: { description: "Jeugdwet, youth: family support, youth care, child protection." },
    PARTICIPATIE: { description: "Participatiewet, work and income: social assistance benefit, reintegration, job coaching." },
    SCHULDHULP: { description: "Municipal debt relief: debt counselling, budget management." },
    ONDERWIJS: { description: "Education: appropriate education (passend onderwijs), compulsory schooling, truancy follow-up." },
    GGZ: { description: "Mental health care: outpatient treatment, crisis care, admission." },
    VERSLAVING: { description: "Addiction care: counselling, prevention." },
    VEILIGHEID: { description: "Safety: police, justice, Veilig Thuis (domestic violence and child abuse)." },
    WONEN: { description: "Housing: housing corporations and utilities (rent arrears, eviction prevention, disconnection)." },
    INKOMEN: { description: "Income from UWV: sickness and disability benefits (WIA, Wajong), assessments." },
    GEZONDHEID: { description: "General health care: GP, physical health." },
    OVERIG: { description: "Anything else." },
  },
});
registerEnumType(AgencyKind, {
  name: "AgencyKind",
  description: "What kind of organisation an agency is.",
  valuesConfig: {
    MUNICIPALITY: { description: "A municipal desk or service: Wmo desk, youth and family centre, work and income." },
    NEIGHBOURHOOD_TEAM: { description: "A neighbourhood team." },
    YOUTH_CARE: { description: "A youth care provider." },
    MENTAL_HEALTH: { description: "A mental health care (GGZ) provider." },
    ADDICTION_CARE: { description: "An addiction care provider." },
    DEBT_SERVICES: { description: "A debt counselling service." },
    POLICE: { description: "The police." },
    SAFE_HOME: { description: "Veilig Thuis, the advice and reporting centre for domestic violence and child abuse." },
    HOUSING: { description: "A housing corporation." },
    SCHOOL: { description: "A school." },
    BENEFITS: { description: "A benefits agency, such as UWV." },
    UTILITY: { description: "A utility: gas, water, electricity." },
    HEALTHCARE: { description: "General health care, such as a GP." },
    OTHER: { description: "Any other organisation." },
  },
});
registerEnumType(MembershipRole, {
  name: "MembershipRole",
  description: "A person's place in a household.",
  valuesConfig: {
    PARENT: { description: "A parent." },
    PARTNER: { description: "A partner." },
    CHILD: { description: "A child of the household, of any age." },
    OTHER: { description: "Any other member." },
  },
});
registerEnumType(EndReason, {
  name: "EndReason",
  description: "Why an intervention ended.",
  valuesConfig: {
    COMPLETED: { description: "Ended according to plan or by mutual agreement." },
    CLIENT_WITHDREW: { description: "Ended early by the client, including not accepting help; an avoidance marker for CARE_AVOIDANCE." },
    NO_CONTACT: { description: "Ended for lack of contact with the client; an avoidance marker for CARE_AVOIDANCE." },
    RELATIONSHIP_BROKEN: { description: "Ended early by the provider: the relationship broke down, including aggression towards the professional; counts for PROFESSIONAL_TURNOVER." },
    REFERRED: { description: "Ended with a referral elsewhere." },
    MOVED: { description: "The client moved away." },
    OTHER: { description: "Any other reason, including message codes that map to none of the above." },
  },
});
registerEnumType(EventType, {
  name: "EventType",
  description: "What kind of thing an event records (shared/data-format.md).",
  valuesConfig: {
    SIGNAL: { description: "A concern observed, in a domain: rent arrears, disconnection, truancy, a disclosure of violence." },
    REFERRAL: { description: "The agency referred the subject to another agency (targetAgency)." },
    CONTACT: { description: "A contact or visit that took place." },
    CONTACT_REFUSED: { description: "The subject refused contact or help, or denied access." },
    NO_SHOW: { description: "A missed appointment." },
    ESCALATION: { description: "Shouting, threats or an aggressive complaint aimed at a professional (severity 1 to 3)." },
    CONCESSION: { description: "The agency gave in: reversed a decision, made an exception, granted what was refused (relatedEvent: the escalation)." },
    CASE_CONFERENCE: { description: "A multidisciplinary meeting on a household, with the agencies that took part (participants)." },
    CARE_REQUEST: { description: "A provider asked the municipality to allocate or change help (iJw/iWmo 315, 317)." },
    REQUEST_ANSWER: { description: "The municipality's answer to such a request (iJw/iWmo 319)." },
  },
});
registerEnumType(OutcomeResult, {
  name: "OutcomeResult",
  description: "Whether an intervention achieved its goal.",
  valuesConfig: {
    ACHIEVED: { description: "Achieved." },
    PARTIAL: { description: "Partly achieved." },
    NOT_ACHIEVED: { description: "Not achieved." },
  },
});
registerEnumType(ConsentBasis, {
  name: "ConsentBasis",
  description: "The recorded basis for sharing between agencies; also the legal ground a case works under.",
  valuesConfig: {
    CONSENT: { description: "The household's consent, as a consent record." },
    LEGAL_TASK: { description: "A statutory task, named by its article." },
    VITAL_INTEREST: { description: "A vital interest of someone in the household." },
  },
});
registerEnumType(ZrmDomain, {
  name: "ZrmDomain",
  description: "The 13 life domains of the Zelfredzaamheidsmatrix (2017).",
  valuesConfig: {
    FINANCIEN: { description: "Finances." },
    WERK_OPLEIDING: { description: "Work and education." },
    TIJDSBESTEDING: { description: "Use of time." },
    HUISVESTING: { description: "Housing." },
    HUISELIJKE_RELATIES: { description: "Domestic relations." },
    GEESTELIJKE_GEZONDHEID: { description: "Mental health." },
    LICHAMELIJKE_GEZONDHEID: { description: "Physical health." },
    MIDDELENGEBRUIK: { description: "Substance use." },
    BASALE_ADL: { description: "Basic activities of daily living." },
    INSTRUMENTELE_ADL: { description: "Instrumental activities of daily living." },
    SOCIAAL_NETWERK: { description: "Social network." },
    MAATSCHAPPELIJKE_PARTICIPATIE: { description: "Community participation." },
    JUSTITIE: { description: "Justice." },
  },
});
