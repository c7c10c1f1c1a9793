import NextLink from "next/link";
import { Link } from "@/components/ds";

/** A Designsystemet-styled link with Next.js client navigation. */
export function AppLink({ href, children, className }: { href: string; children: React.ReactNode; className?: string }) {
  return (
    <Link asChild className={className}>
      <NextLink href={href}>{children}</NextLink>
    </Link>
  );
}
