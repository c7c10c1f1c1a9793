import { Heading, Paragraph } from "@/components/ds";

export function PageHeading({ title, intro, children }: { title: string; intro?: string; children?: React.ReactNode }) {
  return (
    <div className="mb-6 flex flex-col gap-2">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {intro ? <Paragraph>{intro}</Paragraph> : null}
      {children}
    </div>
  );
}
