import {
  Alert,
  ErrorSummary,
  ErrorSummaryHeading,
  ErrorSummaryItem,
  ErrorSummaryLink,
  ErrorSummaryList,
  Heading,
  Link,
} from "@/components/ds";

export type IssueLink = { key: string; href: string; text: string };

/** The error summary at the top of a form: every error, each a link to its field. */
export function FormErrorSummary({ title, items }: { title: string; items: IssueLink[] }) {
  if (items.length === 0) return null;
  return (
    <ErrorSummary>
      <ErrorSummaryHeading>{title}</ErrorSummaryHeading>
      <ErrorSummaryList>
        {items.map((i) => (
          <ErrorSummaryItem key={i.key}>
            <ErrorSummaryLink href={i.href}>{i.text}</ErrorSummaryLink>
          </ErrorSummaryItem>
        ))}
      </ErrorSummaryList>
    </ErrorSummary>
  );
}

/** Warnings (not errors), each a link to the field it is about. */
export function WarningSummary({ title, items }: { title: string; items: IssueLink[] }) {
  if (items.length === 0) return null;
  return (
    <Alert data-color="warning">
      <Heading level={2} data-size="xs">
        {title}
      </Heading>
      <ul className="list-disc pl-6">
        {items.map((i) => (
          <li key={i.key}>
            <Link href={i.href}>{i.text}</Link>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
