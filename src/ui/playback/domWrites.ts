/**
 * Writes into the DOM that touch it only when the value differs (issue 12): every write is a mutation the
 * page restyles (and often lays out) for, so a frame that changes nothing must write nothing.
 */

/** Sets an element's text. */
export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** Sets an attribute, or removes it for null. */
export function setAttr(el: Element, name: string, value: string | null): void {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}
