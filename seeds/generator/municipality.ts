import type { AgencyRecord, ProfessionalRecord } from "../../src/import/dataset";

/** The agencies of a synthetic municipality, with the domains each works in. */
export const AGENCIES: readonly (readonly [string, string, string, string[]])[] = [
  ["wmo", "Wmo-loket", "MUNICIPALITY", ["WMO"]],
  ["wijkteam-noord", "Wijkteam Noord", "NEIGHBOURHOOD_TEAM", ["WMO", "JEUGD"]],
  ["wijkteam-zuid", "Wijkteam Zuid", "NEIGHBOURHOOD_TEAM", ["WMO", "JEUGD"]],
  ["cjg", "Centrum voor Jeugd en Gezin", "YOUTH_CARE", ["JEUGD"]],
  ["jb", "Jeugdbescherming", "YOUTH_CARE", ["JEUGD"]],
  ["wi", "Werk en Inkomen", "MUNICIPALITY", ["PARTICIPATIE"]],
  ["krediet", "Kredietbank", "DEBT_SERVICES", ["SCHULDHULP"]],
  ["ggz", "GGZ", "MENTAL_HEALTH", ["GGZ"]],
  ["verslaving", "Verslavingszorg", "ADDICTION_CARE", ["VERSLAVING"]],
  ["politie", "Politie", "POLICE", ["VEILIGHEID"]],
  ["veiligthuis", "Veilig Thuis", "SAFE_HOME", ["VEILIGHEID", "JEUGD"]],
  ["woco", "Woningcorporatie", "HOUSING", ["WONEN"]],
  ["energie", "Energiebedrijf", "UTILITY", ["WONEN"]],
  ["school", "Samenwerkingsverband scholen", "SCHOOL", ["ONDERWIJS"]],
  ["leerplicht", "Leerplicht", "MUNICIPALITY", ["ONDERWIJS"]],
  ["uwv", "UWV", "BENEFITS", ["INKOMEN"]],
  ["huisarts", "Huisartsen", "HEALTHCARE", ["GEZONDHEID"]],
];

export const PROFESSIONALS_PER_AGENCY = 25;
export const NEIGHBOURHOODS = ["Centrum", "Noord", "Oost", "Zuid", "West", "Haven", "Dorp", "Nieuwbouw"] as const;

export const agencyId = (prefix: string, key: string): string => `${prefix}a-${key}`;
export const professionalId = (prefix: string, key: string, n: number): string => `${prefix}pr-${key}-${n}`;

export function organisations(prefix: string): { agencies: AgencyRecord[]; professionals: ProfessionalRecord[] } {
  const agencies = AGENCIES.map(([key, name, kind, domains]) => ({ id: agencyId(prefix, key), name, kind, domains }));
  const professionals = AGENCIES.flatMap(([key, name]) =>
    Array.from({ length: PROFESSIONALS_PER_AGENCY }, (_, n) => ({
      id: professionalId(prefix, key, n), name: `Medewerker ${n + 1} ${name}`, agencyId: agencyId(prefix, key),
    })),
  );
  return { agencies, professionals };
}
