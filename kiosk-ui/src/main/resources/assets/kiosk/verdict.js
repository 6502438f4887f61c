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
        proposedMg ? ` (not ${mg(proposedMg)})` : ''),
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
  $('findings').replaceChildren(...(check.findings ?? []).map((f) => el('li', { class: `finding finding-${f.verdict}` },
    el('span', { class: 'finding-verdict', text: verdictWords(f.verdict) }), ' ',
    el('span', { class: 'finding-reason', text: f.reason }),
    f.maxDoseMg !== null && f.maxDoseMg !== undefined && !String(f.reason).includes(mg(f.maxDoseMg)) ? el('span', { class: 'finding-max', text: ` (at most ${mg(f.maxDoseMg)})` }) : null)));
}

export function hideVerdict() {
  $('verdict').hidden = true;
  $('verdict').replaceChildren();
  $('findings').replaceChildren();
}
