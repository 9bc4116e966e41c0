/**
 * The installation-wide texts of the register entry (Dutch). They describe what the code does;
 * keep them true when the code changes (the detectors' own texts live in their folders).
 */
export const INSTALLATION = {
  standaard: "Velden naar de publicatiestandaard van het Algoritmeregister (algoritmes.overheid.nl); gegenereerd door `npm run register`.",
  naam: "behangrol: patronen in de hulp rond huishoudens (sociaal domein)",
  korteOmschrijving:
    "Legt de hulp van alle betrokken organisaties rond één huishouden op één tijdlijn (de behangrol) en meldt zeven patronen die geen enkel dossier apart laat zien: " +
    "ongecoördineerde overlappende hulp, escalatie gevolgd door toegeven, zorgmijding, gemiste signalen, steeds nieuwe gezichten, veel handen zonder resultaat, en meerdere wetten zonder regie.",
  doelEnImpact:
    "Doel: dat procesregisseurs en casusoverleggen eerder zien waar hulp aan een gezin niet op elkaar aansluit, zodat zij afstemmen. " +
    "Impact: een melding is een signaal voor een professional, geen besluit. Er verandert niets voor een gezin zonder dat een mens beoordeelt en handelt; " +
    "er worden geen risicoscores van personen gemaakt en niets wordt automatisch met andere organisaties gedeeld.",
  proportionaliteit:
    "Alleen gegevens die organisaties al vastleggen over hun eigen hulp (data, levensgebied, organisatie, reden van beëindigen, uitkomst). " +
    "Analisten zien pseudoniemen en aantallen, geen namen of vrije tekst; medewerkers van een organisatie zien van andere organisaties alleen dát zij betrokken zijn. " +
    "Elke inzage vraagt een opgegeven doel en wordt vastgelegd. De regels zijn eenvoudig en openbaar, zodat elke melding na te rekenen is.",
  werking:
    "Zeven vaste regels, geen zelflerend model. Elke regel is één databasequery over alle huishoudens; na elke levering draaien de regels opnieuw voor de huishoudens die de levering raakte. " +
    "Elke melding heeft een score (wat de regel telt), het bewijs (de interventies, gebeurtenissen en organisaties waardoor de regel afging) en een uitleg in gewone taal. " +
    "De regels, hun parameters met standaardwaarden en de velden die zij lezen staan hieronder; zij komen rechtstreeks uit de code.",
  databronnen:
    "Leveringen van de betrokken organisaties (gemeente, wijkteams, jeugdhulp, GGZ, schuldhulp, politie en Veilig Thuis, woningcorporatie, nutsbedrijven, school, UWV) in het leveringsformaat " +
    "(schema/dataset.schema.json): organisaties, professionals, huishoudens, personen en hun lidmaatschap van een huishouden, interventies, gebeurtenissen, uitkomsten met ZRM-scores, regisseurs en toestemmingen. " +
    "Per regel staat hieronder welke velden zij leest.",
  menselijkeTussenkomst:
    "Elke melding wordt door een mens beoordeeld: een procesregisseur zet haar op gezien, in behandeling (met een verantwoordelijke professional), opgelost, of wijst haar af met een reden " +
    "(al afgestemd buiten de systemen, fout in de gegevens, geen zorg, anders). Elke beoordeling wordt met wie, wanneer en waarom bewaard en komt in het auditspoor.",
  risicobeheer:
    "Rollen en rechten per gebruiker (beheerder, regisseur, medewerker, analist), doelbinding en een auditspoor met een hashketen die wijzigingen zichtbaar maakt; " +
    "pseudonimisering voor analisten; een aanvalstest per bekende aanvalsroute in de testsuite.",
};
