// Who may witness a dose, in the server's own words (the clinic's configured rule), so the
// witness box never promises what the server would refuse.

/** Fills #witness-rule, where the page has one, from the session answer's atThisKiosk.witnessRule. */
export function showWitnessRule(session) {
  const rule = session?.atThisKiosk?.witnessRule;
  const box = document.getElementById('witness-rule');
  if (box && rule) box.textContent = rule;
}
