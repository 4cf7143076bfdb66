// The occupation's place in the national classification, for the page's header: its path from the major group
// down, and the occupations beside it.

import { badge, h, sourceLink } from './dom.js';

/** @typedef {import('./i18n.js').Texts} Texts */
/** @typedef {import('api-types').components['schemas']} Schemas */

/**
 * The classification path as an ordered list, then the related occupations in a disclosure, each part with where it
 * was read.
 * @param {Texts} t
 * @param {Schemas['Occupation']} occupation
 * @returns {HTMLElement[]}
 */
export function classification(t, occupation) {
  const steps = occupation.classification;
  const related = occupation.relatedOccupations;
  if (steps.length === 0) {
    return [];
  }
  const parts = [
    h('ol', { class: 'classification-path', 'aria-label': t.classificationLabel },
      steps.map((step) => h('li', { 'data-code': step.code, 'data-kind': step.kind },
        h('span', { class: 'code' }, step.code), ' ', step.name))),
    h('p', { class: 'meta' }, provenances(t, steps)),
    related.length === 0 ? null : h('details', { class: 'related' },
      h('summary', {}, t.relatedOccupations(related.length)),
      h('ul', {}, related.map((r) => h('li', { 'data-code': r.code, 'data-relation': r.relation },
        h('span', { class: 'code' }, r.code), ' ', r.name,
        r.digital ? [' ', h('abbr', { class: 'digital-mark', title: t.digitalTitle }, 'S')] : null,
        ' · ', h('span', { class: 'relation' }, t.relations[/** @type {keyof Texts['relations']} */ (r.relation)] ?? r.relation),
        r.note ? h('span', { class: 'note' }, r.note) : null))),
      h('p', { class: 'meta' }, provenances(t, related))),
  ];
  return parts.filter((part) => part !== null);
}

/**
 * The verification badge and source link of each distinct source the records cite.
 * @param {Texts} t
 * @param {{ sourceId: string, verification: string }[]} records
 */
function provenances(t, records) {
  const seen = new Map(records.map((r) => [`${r.sourceId} ${r.verification}`, r]));
  return [...seen.values()].flatMap((r, i) => [i > 0 ? ' ' : null, badge(t, r.verification), ' ',
    sourceLink(t, undefined, r.sourceId)]);
}
