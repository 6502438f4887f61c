// Who may witness a dose, in the server's own words (the clinic's configured rule), so the
// witness box never promises what the server would refuse.

/** Fills #witness-rule from the session answer's atThisKiosk.witnessRule ("a second nurse or pharmacist"). */
export function showWitnessRule(session) {
  const rule = session?.atThisKiosk?.witnessRule;
  const box = document.getElementById('witness-rule');
  if (box && rule) box.textContent = `${rule.charAt(0).toUpperCase()}${rule.slice(1)} signs in here before the safe opens.`;
}
