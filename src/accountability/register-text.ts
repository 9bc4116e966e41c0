import type { Config } from "../config";
import type { PROTECTED_ATTRIBUTES } from "../import/protected-attributes";

/**
 * The installation-wide texts of the register entry (Dutch, at B1 level where the register asks
 * for it: short sentences, common words). They describe what the code does; keep them true when the
 * code changes (the detectors' own texts live in their folders). A blank line separates paragraphs:
 * Markdown shows it as one, the v1.0 entry makes each a `<p>`.
 */
export const INSTALLATION = {
  standaard: "Velden naar de publicatiestandaard van het Algoritmeregister (algoritmes.overheid.nl); gegenereerd door `npm run register`.",
  naam: "behangrol: patronen herkennen in de hulp rond huishoudens (sociaal domein)",
  korteOmschrijving:
    "behangrol zet de hulp van alle organisaties rond één huishouden op één tijdlijn. " +
    "Zeven vaste regels zoeken daarin naar patronen die je in één dossier niet ziet, zoals hulp die naast elkaar loopt zonder afspraken. " +
    "Een melding heeft geen gevolg zonder dat een mens haar bekijkt en beslist wat er moet gebeuren.",
  doelEnImpact:
    "Doel: hulpverleners zien eerder waar de hulp aan een gezin niet goed op elkaar aansluit. Dan kunnen zij hun hulp beter afstemmen. " +
    "Het is vooral bedoeld voor procesregisseurs en casusoverleggen.\n\n" +
    "Impact: een melding is een signaal voor een professional. Het is geen besluit. " +
    "Voor een gezin verandert er niets zonder dat een mens de melding bekijkt en iets doet. " +
    "behangrol maakt geen risicoscores van personen. Het deelt ook niets vanzelf met andere organisaties.",
  proportionaliteit:
    "behangrol gebruikt alleen gegevens die organisaties al vastleggen over hun eigen hulp. " +
    "Dat zijn data, het levensgebied, de organisatie, de reden van stoppen en de uitkomst.\n\n" +
    "Niet iedereen ziet alles. Analisten zien geen namen en geen vrije tekst, alleen schuilnamen en aantallen. " +
    "Een medewerker ziet van andere organisaties alleen dát zij ook helpen. " +
    "Wie gegevens bekijkt, moet zeggen waarom. Dat wordt vastgelegd.\n\n" +
    "Zonder behangrol kijkt elke organisatie alleen naar haar eigen dossier. Dan blijven deze patronen vaak onzichtbaar tot het misgaat. " +
    "De regels zijn eenvoudig en openbaar. Zo kan iedereen een melding narekenen.",
  werking:
    "Het algoritme is niet zelflerend: het bestaat uit zeven vaste regels. Elke regel is één databasequery over alle huishoudens; na elke levering draaien de regels opnieuw voor de huishoudens die de levering raakte. " +
    "Invoer: de leveringen van de organisaties. Uitvoer: meldingen. Elke melding heeft een score (wat de regel telt), het bewijs (de interventies, gebeurtenissen en organisaties waardoor de regel afging) en een uitleg in gewone taal. " +
    "De regels en hun parameters met standaardwaarden staan hieronder; zij komen rechtstreeks uit de code.",
  databronnen:
    "Leveringen van de betrokken organisaties (gemeente, wijkteams, jeugdhulp, GGZ, schuldhulp, politie en Veilig Thuis, woningcorporatie, nutsbedrijven, school, UWV) in het leveringsformaat " +
    "(schema/dataset.schema.json): organisaties, professionals, huishoudens, personen en hun lidmaatschap van een huishouden, interventies, gebeurtenissen, uitkomsten met ZRM-scores, regisseurs en toestemmingen. " +
    "Toewijzingen van jeugdhulp en Wmo-ondersteuning kunnen ook binnenkomen als iJw- en iWmo-berichten (release 3.2). " +
    "Welke velden de regels lezen, staat hieronder.",
  menselijkeTussenkomst:
    "Een melding heeft geen gevolg zonder dat een mens haar beoordeelt. Meestal is dat een procesregisseur. " +
    "De regisseur zet de melding op 'gezien' of op 'in behandeling'. Bij 'in behandeling' hoort een hulpverlener die er verantwoordelijk voor is. " +
    "De regisseur kan de melding ook oplossen of afwijzen. Wie afwijst, geeft een reden: al afgestemd buiten de systemen, een fout in de gegevens, geen zorg, of iets anders. " +
    "Bij elke beoordeling wordt bewaard wie het deed, wanneer en waarom. Dat staat in het auditspoor.\n\n" +
    "Per regel wordt bijgehouden hoeveel meldingen zijn beoordeeld, afgewezen (en waarom) en opgelost. " +
    "Ook wordt bijgehouden hoe lang het duurt tot een mens een melding voor het eerst bekijkt.",
  risicobeheer:
    "Rollen en rechten per gebruiker (beheerder, regisseur, medewerker, analist), doelbinding en een auditspoor met een hashketen die wijzigingen zichtbaar maakt; " +
    "pseudonimisering voor analisten; een aanvalstest per bekende aanvalsroute in de testsuite.",
};

/** When a rule is flagged for review, from the configured threshold (docs: REVIEW_*). */
export function reviewRuleText(review: Config["review"]): string {
  return `Een regel waarvan meer dan ${Math.round(review.notAConcernShare * 100)}% van de beoordeelde meldingen (bij minstens ${review.minJudged}) als 'geen zorg' is afgewezen, wordt gemarkeerd voor herziening.`;
}

/** That the data model holds none of the protected attributes, named as given. */
export function protectedAttributesText(names: readonly string[]): string {
  return `Geen, met opzet: het datamodel kent geen ${names.join(", ")}. Een levering met zo'n veld wordt geweigerd, met de naam van het veld.`;
}

/** The protected attributes in the v1.0 entry's Dutch (the Markdown names them as the import's messages do). */
export const PROTECTED_ATTRIBUTES_NL: Record<(typeof PROTECTED_ATTRIBUTES)[number], string> = {
  ethnicity: "etniciteit", nationality: "nationaliteit", religion: "religie", "country of birth": "geboorteland",
};

/**
 * What the v1.0 entry says that the older entry has no field for. The themes: care and social
 * security only; not "Openbare orde en veiligheid", although police and Veilig Thuis deliver data,
 * because the hits are not for enforcement (README, "Responsible use").
 */
export const ALGORITMEREGISTER = {
  category: ["Zorg en gezondheid", "Sociale zekerheid"],
  tags: "sociaal domein, jeugdhulp, Jeugdwet, Wmo, schuldhulpverlening, Participatiewet, procesregie, casusregie, meervoudige problematiek, signalering, gezinnen, behangrol",
  /** The public descriptions of the data formats behangrol reads (title and link both required by v1.0). */
  sourceLinks: [{ title: "iStandaarden iJw en iWmo: berichten tussen gemeente en aanbieder (Zorginstituut Nederland)", link: "https://www.istandaarden.nl/istandaarden" }],
  /** Titles as v1.0's recommended_items spell them. */
  dpiaTitle: "Data Protection Impact Assessment (DPIA)",
  iamaTitle: "Impact Assessment Mensenrechten en Algoritmes (IAMA)",
  dpiaMissing: "Een DPIA hoort bij deze verwerking, omdat het om veel gevoelige gegevens over zorg en hulp gaat. De link naar de DPIA is nog niet opgegeven.",
  iamaMissing: "Een IAMA is niet wettelijk verplicht. Het wordt wel aangeraden voor algoritmes die veel invloed op mensen kunnen hebben. Er is nog geen link naar een IAMA opgegeven.",
  iamaCited: "De hele afweging staat in de IAMA. De link staat bij de impacttoetsen.",
  noFairness:
    "Er is nog geen eerlijkheidsrapport gemaakt. Zo'n rapport vergelijkt per regel hoe vaak verschillende groepen huishoudens een melding krijgen. " +
    "De beheerder maakt het met het commando npm run fairness.",
  objection: "Bent u het er niet mee eens?",
};
