import type { MessageType, Standard } from "./facts";

/**
 * The iJw 3.2 and iWmo 3.2 code lists the import needs, as the standard gives them (Zorginstituut
 * Nederland; Vektis for COD002). Read from i-Sociaal-Lab/jaapjunior at commit
 * f24e7c56fd4b748109cb1b59c20fae2cfb028619, packages/api/{jw,wmo}/bronnen/codelijsten/: the file
 * is named beside each list. The enumerations in standards/{ijw,iwmo}-3.2/basisschema.xsd hold the
 * same codes (the XSD check refuses any other); the labels are the lists' own words, spelled as
 * there (WMO588 writes "beeindigd" where JZ588 writes "beëindigd").
 */
type CodeList = Readonly<Record<string, string>>;

/** BerichtCode per message (COD002: jw/…/COD002VEKTIS_Berichtcode, wmo/…/COD002VEKTIS_Berichtcode). */
export const MESSAGE_CODES: Readonly<Record<Standard, Readonly<Record<MessageType, string>>>> = {
  iJw: { "301": "436", "305": "438", "307": "440", "315": "446", "317": "486", "319": "488" },
  iWmo: { "301": "414", "305": "418", "307": "420", "315": "444", "317": "480", "319": "482" },
};

/** The message type a BerichtCode stands for in a standard, or undefined for another code. */
export function typeOfCode(standard: Standard, code: string): MessageType | undefined {
  const codes = MESSAGE_CODES[standard];
  return (Object.keys(codes) as MessageType[]).find((type) => codes[type] === code);
}

/** Reason for ending, RedenBeeindiging in the 307 (JZ588_Reden_beeindiging.md, WMO588_Reden_beeindiging.md). */
export const END_REASONS: Readonly<Record<Standard, CodeList>> = {
  iJw: {
    "02": "Overlijden",
    "20": "Levering is tijdelijk beëindigd",
    "31": "Levering is volgens plan beëindigd",
    "32": "Voortijdig afgesloten, door cliënt",
    "33": "Voortijdig afgesloten, door aanbieder",
    "34": "Voortijdig afgesloten, in overleg",
    "35": "Voortijdig afgesloten, externe oorzaak",
    "36": "Geïnitieerd door de gemeente",
    "37": "In verband met wijzigingsverzoek",
    "38": "Overstap naar andere aanbieder",
    "39": "Uitstroom naar ander domein",
  },
  iWmo: {
    "02": "Overlijden",
    "19": "Levering volgens plan beeindigd",
    "20": "Levering is tijdelijk beeindigd",
    "21": "Levering is eenzijdig door client beeindigd",
    "22": "Levering is eenzijdig door aanbieder beeindigd",
    "23": "Levering is in overeenstemming voortijdig beeindigd",
    "31": "Verhuizing naar een andere gemeente",
    "36": "Geinitieerd door de gemeente",
    "37": "In verband met wijzigingsverzoek",
    "38": "Overstap naar andere aanbieder",
    "39": "Uitstroom naar ander domein",
  },
};

/** Product category, Product/Categorie (JZ020_Productcategorie, WMO020_Productcategorie.md): it says the domain. */
export const PRODUCT_CATEGORIES: Readonly<Record<Standard, CodeList>> = {
  iJw: {
    "31": "(2015) Zonder verblijf: uitgevoerd door wijk- of buurtteam",
    "32": "(2015) Zonder verblijf: ambulante jeugdhulp op locatie van de aanbieder",
    "33": "(2015) Zonder verblijf: daghulp op locatie van de aanbieder",
    "34": "(2015) Zonder verblijf: jeugdhulp in het netwerk van de jeugdige",
    "35": "(2015) Met verblijf: pleegzorg",
    "36": "(2015) Met verblijf: gezinsgericht",
    "37": "(2015) Met verblijf: gesloten plaatsing",
    "38": "(2015) Met verblijf: overig residentieel",
    "40": "Persoonlijke verzorging",
    "41": "Dagbehandeling",
    "42": "Vervoerdiensten",
    "43": "Jeugdhulp verblijf (incl. behandeling)",
    "44": "Jeugdhulp verblijf (excl. behandeling)",
    "45": "Jeugdhulp ambulant",
    "46": "Jeugdhulp crisis",
    "47": "Jeugdreclassering",
    "48": "Jeugdbescherming",
    "49": "Activiteiten in het preventief justitieel kader",
    "50": "Maatwerkarrangementen jeugd",
    "51": "Generalistische basis-ggz",
    "52": "Specialistische ggz",
    "53": "Kindergeneeskunde",
    "54": "Jeugd-ggz",
    "55": "Landelijk ingekochte zorg",
  },
  iWmo: {
    "01": "Hulp bij het huishouden",
    "02": "Begeleiding",
    "03": "Persoonlijke verzorging",
    "04": "Kortdurend verblijf",
    "05": "Woondiensten",
    "06": "Overige ondersteuning gericht op het individu of huishouden/gezin",
    "07": "Dagbesteding",
    "08": "Vervoerdiensten",
    "09": "Overige groepsgerichte ondersteuning",
    "10": "Overige maatwerk arrangementen",
    "11": "Rolstoelen",
    "12": "Vervoervoorzieningen",
    "13": "Woonvoorzieningen",
    "14": "Overige hulpmiddelen",
    "15": "Beschermd wonen",
    "16": "Opvang",
    "17": "Spoedopvang",
    "18": "Overige beschermd wonen en opvang",
  },
};

/** Reason a 301 changes an allocation, RedenWijziging (JZ002_Reden_wijziging_toewijzing.md, WMO002_Reden_wijziging toewijzing.md). */
export const CHANGE_REASONS: Readonly<Record<Standard, CodeList>> = {
  iJw: {
    "01": "Administratieve correctie (vervallen)",
    "02": "Cliënt overleden",
    "03": "Contractwijziging",
    "04": "Herbeoordeling verlenging toewijzing",
    "05": "Herbeoordeling verkorting toewijzing",
    "06": "Uitstroom naar ander domein",
    "07": "Verhuizing naar een andere gemeente",
    "08": "Wijziging leveringsvorm",
    "09": "Overstap naar andere aanbieder",
    "10": "Overgang naar nieuwe bekostigingssystematiek",
    "11": "Gemeentelijke herindeling",
    "12": "Geïnitieerd door de aanbieder",
    "13": "Verwijderd",
    "14": "Administratieve correctie",
  },
  iWmo: {
    "01": "Administratieve correctie (vervallen)",
    "02": "Cliënt overleden",
    "03": "Contractwijziging",
    "04": "Herbeoordeling: verlenging toewijzing",
    "05": "Herbeoordeling: verkorting toewijzing",
    "06": "Uitstroom naar ander domein",
    "07": "Verhuizing naar een andere gemeente",
    "08": "Wijziging leveringsvorm",
    "09": "Overstap naar andere aanbieder",
    "10": "Overgang naar nieuwe bekostigingssystematiek",
    "11": "Gemeentelijke herindeling",
    "12": "Geïnitieerd door de aanbieder",
    "13": "Verwijderd",
    "14": "Administratieve correctie",
  },
};

// The lists below are the same in both standards (the jw and wmo files hold the same codes and words).

/** Who referred, Verwijzer/Type in the 315 (COD327_Code_verwijzer.md); there is no 07. */
export const REFERRER_TYPES: CodeList = {
  "01": "Gemeente",
  "02": "Huisarts",
  "03": "Jeugdarts",
  "04": "Gecertificeerde instelling",
  "05": "Medisch specialist",
  "06": "Zelfverwijzer / geen verwijzer",
  "08": "Rechter, Officier van Justitie, functionaris Justitiële jeugdinrichting",
};

/** Why a 317 asks for a change, RedenVerzoek (WJ758_Reden_verzoek.md, WJ758_Reden verzoek.md). */
export const REQUEST_REASONS: CodeList = {
  "1": "Verandering clientsituatie",
  "2": "Wijziging zorgplan",
};

/**
 * The 319's answer, VerzoekAntwoord (WJ760_Verzoek_antwoord.md, WJ760_Verzoek antwoord.md). There is
 * no "granted": a granted request is answered with a 301, so a 319 says refused or under review.
 */
export const REQUEST_ANSWERS: CodeList = {
  "1": "Verzoek afgewezen",
  "2": "Aanvraag in onderzoek",
};

/** Why a request was refused, RedenAfwijzingVerzoek in the 319 (WJ759_Reden_afwijzing_verzoek.md). */
export const REJECTION_REASONS: CodeList = {
  "1": "Geen wijziging, maar nieuwe aanvraag",
  "2": "Past niet binnen budget",
  "3": "Geen contract",
  "4": "Past niet binnen contract",
  "5": "Andere gemeente",
  "6": "Stapeling",
  "7": "Zorginhoudelijke afkeur",
  "8": "Woonplaatsbeginsel",
  "9": "Leeftijdsgrens is bereikt",
};

/**
 * Rule OP271: "De aanbieder verzendt een startbericht binnen vijf werkdagen na de daadwerkelijke
 * datum waarop de ondersteuning gestart is" (jw/bronnen/regels/bedrijfsregels/OP271.md; for iWmo,
 * whose rule folder names OP271 only in regels/uitgangspunten/(UP-regels), the same term is in
 * wmo/bronnen/veelgestelde-vragen-iwmo-3.2-en-ijw-3.2.md: a 305 "binnen 5 werkdagen"). For an
 * allocation sent after the start (terugwerkende kracht) the five days run from its receipt.
 */
export const START_MESSAGE_TERM_WORKING_DAYS = 5;
