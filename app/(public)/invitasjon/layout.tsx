// The pages that run the portal send the administration's messages to the browser.
export { AdministrationLayout as default } from "@/components/layout/scoped-messages";
