// Names of government bodies that belong to one country whatever the article's language: the
// press calls them by these names without naming the country ("the State Department", "das
// Auswärtige Amt", "la Farnesina"). Lowercase phrases → ISO 3166 alpha-2 code; the body type comes
// from governmentBodies.ts, where the same phrases are listed.
// Source: the bodies' own official or customary names (US Department of State, UK Foreign Office
// and Home Office, German Auswärtiges Amt, Italian Ministry of Foreign Affairs at the Palazzo
// della Farnesina, Swedish Riksdag, Norwegian Storting, US Department of Defense at the Pentagon);
// curated by hand.
export const NATIONAL_BODY_NAMES: Readonly<Record<string, string>> = {
  'state department': 'US',
  'department of state': 'US',
  'pentagon': 'US',
  'foreign office': 'GB',
  'home office': 'GB',
  'auswärtiges amt': 'DE',
  'auswärtige amt': 'DE',
  'farnesina': 'IT',
  'riksdagen': 'SE',
  'stortinget': 'NO',
};
