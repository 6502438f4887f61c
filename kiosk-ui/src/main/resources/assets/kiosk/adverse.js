// Adverse events after a dose (suspected overdose, naloxone given, ambulance called), recorded
// against the dose from the patient's card at any moment of the observation: one tap opens the
// form, whatever part of the card is on screen.
import { api } from './api.js';
import { clinicTime, serverNow } from './clock.js';
import { $, clearErrors, mg, num, showErrors } from './ui.js';

let dose = null; // { administrationId, patientName }: the dose an event would be recorded against

const KIND_WORDS = {
  SUSPECTED_OVERDOSE: 'Suspected overdose',
  RESPIRATORY_DEPRESSION: 'Respiratory depression',
  SEIZURE: 'Seizure',
  INJECTION_SITE_PROBLEM: 'Injection site problem',
  OTHER: 'Other',
};

export function initAdverseEvents() {
  $('adverse-open').addEventListener('click', openForm);
  $('adverse-cancel').addEventListener('click', () => $('adverse-dialog').close());
  $('adverse-form').addEventListener('submit', (event) => { event.preventDefault(); record(); });
}

/** The button shows while the selected patient has a dose this session; null hides it. */
export function offerAdverseEvents(administrationId, patientName) {
  const changed = dose?.administrationId !== administrationId;
  dose = administrationId ? { administrationId, patientName } : null;
  $('adverse-open').hidden = !dose;
  if (changed) $('adverse-recorded').hidden = true;
  if (!dose && $('adverse-dialog').open) $('adverse-dialog').close();
}

function openForm() {
  if (!dose) return;
  const form = $('adverse-form');
  form.reset();
  clearErrors(form);
  $('adverse-patient').textContent = `${dose.patientName}: recorded against this session's dose.`;
  $('adverse-dialog').showModal();
  $('ae-kind').focus();
}

function eventFromForm() {
  const event = {
    kind: $('ae-kind').value || null,
    naloxoneMg: num($('ae-naloxone')),
    ambulanceCalled: $('ae-ambulance').checked,
    notes: $('ae-notes').value.trim() || null,
  };
  const errors = [];
  if (!event.kind) errors.push({ field: 'kind', reason: 'choose what happened' });
  if (event.naloxoneMg !== null && !(event.naloxoneMg >= 0 && event.naloxoneMg <= 20)) {
    errors.push({ field: 'naloxoneMg', reason: 'naloxone in mg, between 0 and 20' });
  }
  return { event, errors };
}

async function record() {
  if (!dose) return;
  const form = $('adverse-form');
  const { event, errors } = eventFromForm();
  if (errors.length) {
    showErrors(form, errors);
    return;
  }
  const button = $('adverse-record');
  button.disabled = true;
  try {
    await api.post(`/api/administrations/${dose.administrationId}/adverse-events`, event);
    $('adverse-dialog').close();
    showRecorded(event);
  } catch (e) {
    showErrors(form, e.errors ?? [{ field: null, reason: 'The adverse event could not be recorded. Write it down and try again.' }]);
  } finally {
    button.disabled = false;
  }
}

function showRecorded(event) {
  const parts = [KIND_WORDS[event.kind] ?? event.kind,
    event.naloxoneMg ? `naloxone ${mg(event.naloxoneMg)} given` : 'no naloxone',
    event.ambulanceCalled ? 'ambulance called' : 'no ambulance'];
  const line = $('adverse-recorded');
  line.textContent = `Adverse event recorded at ${clinicTime(new Date(serverNow()).toISOString())}: ${parts.join(', ')}.`;
  line.hidden = false;
}
