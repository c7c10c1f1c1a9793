import { Alert, Heading, Paragraph } from "@/components/ds";

/** The Statsforvalter's reason for returning a report, as the owners see it. */
export function ReturnedNotice({ title, reason }: { title: string; reason: string | null }) {
  if (!reason) return null;
  return (
    <Alert data-color="warning">
      <Heading level={2} data-size="xs">
        {title}
      </Heading>
      <Paragraph className="whitespace-pre-line">{reason}</Paragraph>
    </Alert>
  );
}
