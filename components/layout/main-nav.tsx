"use client";
import NextLink from "next/link";
import { usePathname } from "next/navigation";

/** Main navigation; marks the current section with aria-current. */
export function MainNav({ label, items }: { label: string; items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const isCurrent = (href: string) =>
    href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav aria-label={label} className="bg-accent-surface-tinted">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4">
        {items.map((item) => {
          const current = isCurrent(item.href);
          return (
            <li key={item.href}>
              <NextLink
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block px-3 py-2 text-neutral-text-default underline-offset-4 hover:underline focus-visible:outline-2 ${
                  current ? "border-b-4 border-accent-base-default font-semibold" : "border-b-4 border-transparent"
                }`}
              >
                {item.label}
              </NextLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
