// Small DOM helpers shared by the kiosk modules.

export const $ = (id) => document.getElementById(id);

/** An element with text content only (never innerHTML: names and reasons come from the server). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

/** Clears the error lines of a form. */
export function clearErrors(form) {
  for (const p of form.querySelectorAll('[data-error-for]')) p.textContent = '';
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
}

/**
 * Shows each API error next to the field it names. `prefix` strips a leading path
 * ("assessment.spo2" shows under the field named "assessment.spo2", or "spo2" with prefix).
 * Errors naming no field, or a field the form does not have, go to the form's general line.
 */
export function showErrors(form, errors) {
  clearErrors(form);
  const general = form.querySelector('[data-error-for=""]');
  let firstInvalid = null;
  for (const error of errors) {
    const field = error.field || '';
    const line = field ? form.querySelector(`[data-error-for="${CSS.escape(field)}"]`) : null;
    if (line) {
      line.textContent = error.reason;
      const input = line.parentElement.querySelector('input, select, textarea');
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        if (!line.id) line.id = `err-${Math.random().toString(36).slice(2)}`;
        input.setAttribute('aria-describedby', line.id);
        firstInvalid ??= input;
      }
    } else if (general) {
      general.textContent = general.textContent ? `${general.textContent} ${error.reason}` : error.reason;
    }
  }
  if (firstInvalid) firstInvalid.focus();
}

/** Formats milligrams without trailing zeros: 15, 12.5. */
export function mg(value) {
  if (value === null || value === undefined) return '–';
  return `${Number(value).toLocaleString('en-GB', { maximumFractionDigits: 2 })} mg`;
}

/** A number from an input, or null when empty. */
export function num(input) {
  const v = input.value.trim();
  return v === '' ? null : Number(v);
}
