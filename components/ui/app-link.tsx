import NextLink from "next/link";
import { Link } from "@/components/ds";

/** A file or feed the portal answers with a route handler (PDF, spreadsheet, calendar), not a page. */
const FILE =
  /\.(pdf|xlsx|csv|ics|zip)(\?|$)|\/(pdf|eksport|deltakere|arkivpakke)(\?|$)|\/(vedlegg|klagevedlegg)\/|^https?:/;

/**
 * A Designsystemet-styled link with Next.js client navigation — for pages.
 * A link to a file or an absolute address (a calendar feed) is a plain link:
 * Next would prefetch it as a page, and the file's handler answers 404 to that.
 */
export function AppLink({
  href,
  children,
  className,
  label,
}: {
  href: string;
  children: React.ReactNode;
  className?: string;
  /** the link's full name where its visible text is short */ label?: string;
}) {
  if (FILE.test(href)) {
    return (
      <Link href={href} className={className} aria-label={label} title={label}>
        {children}
      </Link>
    );
  }
  return (
    <Link asChild className={className}>
      <NextLink href={href} aria-label={label} title={label}>
        {children}
      </NextLink>
    </Link>
  );
}
