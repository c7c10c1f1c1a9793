/**
 * Designsystemet's web layer (@digdir/designsystemet-web), only the behaviours the portal's
 * components use. next.config.js points the package's name here (turbopack.resolveAlias).
 *
 * The React components Field, Details and Pagination import the whole package for its side
 * effects, and its index registers every behaviour: dialogs, popovers, invokers, tooltips,
 * tabs, suggestions, toggle groups, focus groups and the u-datalist element, 29 kB gzipped on
 * every page with a form. The portal renders none of those (components/ds.ts lists what it
 * uses), so only these are registered:
 * - field: ties a field's label, description and validation message to its input (aria-describedby,
 *   aria-invalid) and counts characters;
 * - fieldset: names a fieldset by its legend and description;
 * - details: the <details> polyfill behind Details' open/close;
 * - pagination: the ds-pagination element;
 * - error-summary: focuses the error summary when it appears, and names it by its heading;
 * - readonly: keeps read-only selects, checkboxes and radios from changing;
 * - clickdelegatefor: a card whose link is clicked anywhere on the card.
 * Files by path (plain JavaScript: the files have no type declarations of their own): the package's
 * `exports` do not name all of them, and a path is not
 * caught by the alias itself.
 */
import "../node_modules/@digdir/designsystemet-web/dist/esm/clickdelegatefor/clickdelegatefor.js";
import "../node_modules/@digdir/designsystemet-web/dist/esm/details/details.js";
import "../node_modules/@digdir/designsystemet-web/dist/esm/fieldset/fieldset.js";
import "../node_modules/@digdir/designsystemet-web/dist/esm/readonly/readonly.js";
export { DSErrorSummaryElement } from "../node_modules/@digdir/designsystemet-web/dist/esm/error-summary/error-summary.js";
export { DSFieldElement } from "../node_modules/@digdir/designsystemet-web/dist/esm/field/field.js";
export {
  DSPaginationElement,
  pagination,
} from "../node_modules/@digdir/designsystemet-web/dist/esm/pagination/pagination.js";
