// Server time. Countdowns run against the clinic server's clock, not the kiosk's, so a kiosk whose
// clock has drifted never lets a patient leave early. The server's "now" is learnt from instants
// it sends back: every session answer carries serverTime, and a recorded dose's givenAt is the
// moment the server wrote it.

let offsetMs = 0;

export function serverNow() {
  return Date.now() + offsetMs;
}

export function learnFromSession(session) {
  if (session && session.serverTime) learnServerInstant(session.serverTime);
}

export function learnServerInstant(iso) {
  if (iso) offsetMs = Date.parse(iso) - Date.now();
}

/** "12:34" left until `iso` on the server's clock, or null once it has passed. */
export function remaining(iso) {
  const ms = Date.parse(iso) - serverNow();
  if (!(ms > 0)) return null;
  const total = Math.ceil(ms / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** The wall-clock time in the clinic (London), e.g. "09:01". */
export function clinicTime(iso) {
  return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
}

/** Speakable minutes for screen readers: "24 minutes". */
export function remainingWords(iso) {
  const ms = Date.parse(iso) - serverNow();
  if (!(ms > 0)) return 'observation time is over';
  const minutes = Math.ceil(ms / 60000);
  return `${minutes} minute${minutes === 1 ? '' : 's'} left`;
}
