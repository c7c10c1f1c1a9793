/**
 * The Designsystemet components the portal uses, each from its own module.
 *
 * The package's index is one "use client" barrel without "sideEffects": importing one
 * component from "@/components/ds" sent every component (and floating-ui) to
 * the browser on every page, 212 kB gzipped. Each module here is its own client
 * component, so a page ships only what it renders. The package exports only its index,
 * hence the file paths. Import components from "@/components/ds", never from the package.
 *
 * The components that are markup only come from ./ds-static instead: the same HTML,
 * rendered on the server without a client reference each (see there).
 */
export { Button } from "../node_modules/@digdir/designsystemet-react/dist/esm/components/button/button.js";
export { Card } from "../node_modules/@digdir/designsystemet-react/dist/esm/components/card/index.js";
export { Checkbox } from "../node_modules/@digdir/designsystemet-react/dist/esm/components/checkbox/checkbox.js";
export { Details } from "../node_modules/@digdir/designsystemet-react/dist/esm/components/details/index.js";
export { DetailsContent } from "../node_modules/@digdir/designsystemet-react/dist/esm/components/details/details-content.js";
export { DetailsSummary } from "../node_modules/@digdir/designsystemet-react/dist/esm/components/details/details-summary.js";
export { ErrorSummary } from "../node_modules/@digdir/designsystemet-react/dist/esm/components/error-summary/index.js";
export { ErrorSummaryHeading } from "../node_modules/@digdir/designsystemet-react/dist/esm/components/error-summary/error-summary-heading.js";
export { ErrorSummaryItem } from "../node_modules/@digdir/designsystemet-react/dist/esm/components/error-summary/error-summary-item.js";
export { ErrorSummaryLink } from "../node_modules/@digdir/designsystemet-react/dist/esm/components/error-summary/error-summary-link.js";
export { ErrorSummaryList } from "../node_modules/@digdir/designsystemet-react/dist/esm/components/error-summary/error-summary-list.js";
export { Field } from "../node_modules/@digdir/designsystemet-react/dist/esm/components/field/index.js";
export { Fieldset } from "../node_modules/@digdir/designsystemet-react/dist/esm/components/fieldset/index.js";
export { FieldsetDescription } from "../node_modules/@digdir/designsystemet-react/dist/esm/components/fieldset/fieldset-description.js";
export { FieldsetLegend } from "../node_modules/@digdir/designsystemet-react/dist/esm/components/fieldset/fieldset-legend.js";
export { Pagination } from "../node_modules/@digdir/designsystemet-react/dist/esm/components/pagination/index.js";
export { PaginationButton } from "../node_modules/@digdir/designsystemet-react/dist/esm/components/pagination/pagination-button.js";
export { Radio } from "../node_modules/@digdir/designsystemet-react/dist/esm/components/radio/radio.js";
export { Select } from "../node_modules/@digdir/designsystemet-react/dist/esm/components/select/index.js";
export { Textfield } from "../node_modules/@digdir/designsystemet-react/dist/esm/components/textfield/textfield.js";
export { ValidationMessage } from "../node_modules/@digdir/designsystemet-react/dist/esm/components/validation-message/validation-message.js";
export {
  Alert,
  CardBlock,
  Heading,
  Label,
  Link,
  ListItem,
  ListUnordered,
  PaginationItem,
  PaginationList,
  Paragraph,
  SelectOption,
  SkipLink,
  Table,
  TableBody,
  TableCell,
  TableFoot,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
} from "./ds-static";
