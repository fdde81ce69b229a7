// Does a message report a data breach? Only clear cases: a lost or stolen device, something sent to
// the wrong person, or the word itself. Pure; the text is not kept.
const DEVICE = String.raw`(telefoon|mobiel|mobieltje|smartphone|iphone|laptop|tablet|ipad|usb-?stick|werktelefoon|phone|mobile|dossier|map|tas)`;
const LOST = String.raw`(kwijt|verloren|vergeten|laten liggen|gestolen|weg|lost|stolen|missing|left behind)`;
const SENT = String.raw`(mail|e-?mail|brief|bericht|bijlage|dossier|letter|message|attachment)`;
const WRONG = String.raw`(verkeerde|verkeerd|foute|onjuiste|wrong)`;
const WHO = String.raw`(persoon|ontvanger|adres|mailadres|e-?mailadres|client|cliënt|ouder|person|recipient|address)`;

const PATTERNS = [
  /\b(datalek|data ?breach|beveiligingsincident|inbreuk op de beveiliging)\b/i,
  new RegExp(String.raw`\b${DEVICE}\b.{0,40}\b${LOST}\b`, 'i'),
  new RegExp(String.raw`\b${LOST}\b.{0,20}\b${DEVICE}\b`, 'i'),
  new RegExp(String.raw`\b${SENT}\b.{0,60}\b${WRONG}\b.{0,20}\b${WHO}\b`, 'i'),
  new RegExp(String.raw`\b(ingebroken|hacked|gehackt|onbevoegd(e)? (toegang|ingezien)|unauthori[sz]ed access)\b`, 'i'),
];

/** The kind of breach a message suggests, or null when it is not clearly a breach. */
export function breachKindIn(text: string): 'lost_device' | 'stolen_device' | 'wrong_recipient' | 'unauthorised_access' | 'other' | null {
  const t = text.slice(0, 500);
  if (!PATTERNS.some((p) => p.test(t))) return null;
  if (/\b(gestolen|stolen|diefstal|beroofd)\b/i.test(t)) return 'stolen_device';
  if (new RegExp(String.raw`\b${DEVICE}\b`, 'i').test(t) && new RegExp(String.raw`\b${LOST}\b`, 'i').test(t) && !new RegExp(String.raw`\b${WRONG}\b`, 'i').test(t)) return 'lost_device';
  if (new RegExp(String.raw`\b${WRONG}\b`, 'i').test(t)) return 'wrong_recipient';
  if (/\b(ingebroken|hacked|gehackt|onbevoegd|unauthori[sz]ed)/i.test(t)) return 'unauthorised_access';
  return 'other';
}
