import { NotFoundText } from "@/components/layout/not-found-text";

/**
 * Not found in the portal's pages: inside the portal's layout, which already has the signed-in
 * header and the main landmark (app/not-found.tsx would add a second of each). Next renders a
 * segment's not-found with every page, so this lighter one is also cheaper.
 */
export default function PortalNotFound() {
  return <NotFoundText />;
}
