/** Every setting the Algorithm Register entry reads, as a municipality would give them: a complete, publishable v1.0 entry. */
export const FULL_REGISTER_SETTINGS = {
  REGISTER_ORGANISATION: "Gemeente Voorbeeld",
  REGISTER_CONTACT: "algoritmes@voorbeeld.nl",
  REGISTER_STATUS: "In gebruik",
  REGISTER_PUBLICATION_CATEGORY: "Impactvolle algoritmes",
  REGISTER_BEGIN_DATE: "2026-03",
  REGISTER_WEBSITE: "https://www.voorbeeld.nl/behangrol",
  REGISTER_URL: "https://algoritmes.voorbeeld.nl/behangrol",
  REGISTER_LEGAL_BASIS: "De gemeente moet zorgen dat inwoners de hulp krijgen die zij nodig hebben (Wmo 2015, Jeugdwet).",
  REGISTER_LAWFUL_BASIS_LINKS: "Wet maatschappelijke ondersteuning 2015|https://wetten.overheid.nl/BWBR0035362;Jeugdwet|https://wetten.overheid.nl/BWBR0034925",
  REGISTER_PROCESS_INDEX_URL: "https://www.voorbeeld.nl/verwerkingsregister",
  REGISTER_DPIA_URL: "https://www.voorbeeld.nl/dpia-behangrol",
  REGISTER_IAMA_URL: "https://www.voorbeeld.nl/iama-behangrol",
  REGISTER_OBJECTION_PROCEDURE: "Maak bezwaar via het privacyloket van de gemeente.",
  REGISTER_PROVIDER: "Intern ontwikkeld",
  REGISTER_PUBLICCODE: "https://code.voorbeeld.nl/behangrol",
  REGISTER_SOURCE_ID: "ALG-2026-007",
};
