import { useId } from "react";
import { Heading } from "@/components/ds";

/** A titled part of a page: a section landmark named by its level-2 heading. */
export function PageSection({
  title,
  children,
  className,
}: {
  title: React.ReactNode;
  children: React.ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={className ?? "flex flex-col gap-4"}>
      <Heading level={2} data-size="sm" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
