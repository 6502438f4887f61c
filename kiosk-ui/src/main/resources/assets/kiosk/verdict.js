// The dose-safety verdict as the nurse sees it: one large banner that cannot be misread, and
// every rule that fired with its reason. The server's doNotAdminister flag always wins.
import { $, el, mg } from './ui.js';

const VERDICT_WORDS = {
  ALLOW: 'Allow',
  ALLOW_REDUCED: 'Allow a reduced dose',
  WITHHOLD: 'Withhold',
  REFER_TO_PRESCRIBER: 'Refer to prescriber',
};

export function verdictWords(verdict) {
  return VERDICT_WORDS[verdict] ?? verdict;
}

/** True when this check lets a dose be given (at most check.maxAllowedMg). */
export function allowsDose(check) {
  return Boolean(check) && !check.doNotAdminister && (check.verdict === 'ALLOW' || check.verdict === 'ALLOW_REDUCED');
}

export function showVerdict(check, proposedMg) {
  const banner = $('verdict');
  banner.hidden = false;
  banner.className = 'verdict';
  if (!allowsDose(check)) {
    banner.classList.add('verdict-stop');
    banner.dataset.verdict = check.verdict;
    banner.replaceChildren(
      el('span', { class: 'verdict-symbol verdict-symbol-stop', 'aria-hidden': 'true', text: '!' }),
      el('span', { class: 'verdict-main', text: 'DO NOT ADMINISTER' }),
      el('span', { class: 'verdict-sub', text: `${verdictWords(check.verdict)}. Read the reasons below.` }),
    );
  } else if (check.verdict === 'ALLOW_REDUCED') {
    banner.classList.add('verdict-reduced');
    banner.dataset.verdict = check.verdict;
    banner.replaceChildren(
      el('span', { class: 'verdict-symbol', 'aria-hidden': 'true', text: '⚠' }),
      el('span', { class: 'verdict-main', text: 'REDUCED DOSE ONLY' }),
      el('span', { class: 'verdict-sub' }, 'Give at most ', el('strong', { class: 'verdict-max', 'data-testid': 'verdict-max', text: mg(check.maxAllowedMg) }),
        proposedMg > Number(check.maxAllowedMg) ? ` (not ${mg(proposedMg)})` : ''),
    );
  } else {
    banner.classList.add('verdict-allow');
    banner.dataset.verdict = check.verdict;
    banner.replaceChildren(
      el('span', { class: 'verdict-symbol', 'aria-hidden': 'true', text: '✓' }),
      el('span', { class: 'verdict-main', text: 'ALLOW' }),
      el('span', { class: 'verdict-sub' }, 'Give up to ', el('strong', { class: 'verdict-max', 'data-testid': 'verdict-max', text: mg(check.maxAllowedMg) }),
        `; observe for ${check.observationMinutes} minutes`),
    );
  }
  banner.scrollIntoView({ block: 'start', behavior: 'smooth' });
  showFindings(check);
}

const SEVERITY = ['ALLOW', 'ALLOW_REDUCED', 'WITHHOLD', 'REFER_TO_PRESCRIBER'];
const BLOCKING = new Set(['WITHHOLD', 'REFER_TO_PRESCRIBER']);

/**
 * Every rule that fired, most severe first, in the server's own words. The screen adds no figures
 * of its own: the one dose that may be given is the banner's. Under DO NOT ADMINISTER a rule that
 * only limits the dose is "also noted", so no line below the red banner reads as a dose to give.
 */
function showFindings(check) {
  const blocked = !allowsDose(check);
  const findings = [...(check.findings ?? [])]
    .sort((a, b) => SEVERITY.indexOf(b.verdict) - SEVERITY.indexOf(a.verdict));
  $('findings').replaceChildren(...findings.map((f) => el('li', { class: `finding finding-${f.verdict}` },
    el('span', { class: 'finding-verdict', text: findingWords(f.verdict, blocked) }), ' ',
    el('span', { class: 'finding-reason', text: f.reason }))));
}

function findingWords(verdict, blocked) {
  if (BLOCKING.has(verdict)) return verdictWords(verdict);
  if (blocked) return 'Also noted';
  return verdict === 'ALLOW_REDUCED' ? 'Reduces the dose' : 'Note';
}

export function hideVerdict() {
  $('verdict').hidden = true;
  $('verdict').replaceChildren();
  $('findings').replaceChildren();
}
