/** The DOM id of a form field, from its path ("contacts.owner.orgNumber" → "felt-contacts-owner-orgNumber"), so summaries can link to it. */
export const fieldId = (path: string) => `felt-${path.replace(/\./g, "-")}`;
