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

registerEnumType(Domain, { name: "Domain", description: "The law or field help falls under (shared/domain.md)." });
registerEnumType(AgencyKind, { name: "AgencyKind" });
registerEnumType(MembershipRole, { name: "MembershipRole" });
registerEnumType(EndReason, { name: "EndReason", description: "Why an intervention ended." });
registerEnumType(EventType, { name: "EventType" });
registerEnumType(OutcomeResult, { name: "OutcomeResult" });
registerEnumType(ConsentBasis, { name: "ConsentBasis", description: "The recorded basis for sharing between agencies." });
registerEnumType(ZrmDomain, { name: "ZrmDomain", description: "The 13 life domains of the Zelfredzaamheidsmatrix (2017)." });
