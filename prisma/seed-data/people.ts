/**
 * Invented demo people — at least one per role. Names, e-mails and phone
 * numbers are INVENTED (never the real people named in the seeds). E-mails
 * are on demo.kompetanseportalen.no; phones are "+47 400 00 0nn".
 *
 * Role scopes: OWNER and UH bind to an organisation, COORDINATOR to a
 * network, STATSFORVALTER and FORUM_MEMBER to a county (its Statsforvalter
 * office / Samarbeidsforum), ORG_ADMIN to an organisation (its own
 * administrator), ADMIN and DIRECTORATE are national.
 */
import type { Person } from "./types";

export const people: Person[] = [
  {
    id: "person-kari-nordvik",
    name: "Kari Nordvik",
    email: "kari.nordvik@demo.kompetanseportalen.no",
    phone: "+47 400 00 001",
    title: "Skoleeier",
    organisationId: "org-vagan-kommune",
    roles: [
      {
        role: "OWNER",
        scope: { kind: "ORGANISATION", ref: "org-vagan-kommune" },
        note: "Owner contact in the Lofoten needs report 2024.",
      },
    ],
  },
  {
    id: "person-anders-bakkevik",
    name: "Anders Bakkevik",
    email: "anders.bakkevik@demo.kompetanseportalen.no",
    phone: "+47 400 00 002",
    title: "Medlem ledergruppe og ansvarlig for kurs og prosjekter",
    organisationId: "org-ntnu-matematikksenteret",
    roles: [
      {
        role: "UH",
        scope: { kind: "ORGANISATION", ref: "org-ntnu-matematikksenteret" },
        note: "UH contact in the Lofoten needs report 2024.",
      },
    ],
  },
  {
    id: "person-eirik-solstad",
    name: "Eirik Solstad",
    email: "eirik.solstad@demo.kompetanseportalen.no",
    phone: "+47 400 00 003",
    title: "Koordinator, RKK Lofoten",
    organisationId: "org-vagan-kommune",
    roles: [
      { role: "COORDINATOR", scope: { kind: "NETWORK", ref: "net-nor-lofoten" }, note: null },
      {
        role: "OWNER",
        scope: { kind: "ORGANISATION", ref: "org-vagan-kommune" },
        note: "Holds two roles (example from docs/domain.md §2).",
      },
    ],
  },
  {
    id: "person-ingrid-fjellheim",
    name: "Ingrid Fjellheim",
    email: "ingrid.fjellheim@demo.kompetanseportalen.no",
    phone: "+47 400 00 004",
    title: "Rådgiver, Skrivesenteret",
    organisationId: "org-ntnu-skrivesenteret",
    roles: [{ role: "UH", scope: { kind: "ORGANISATION", ref: "org-ntnu-skrivesenteret" }, note: null }],
  },
  {
    id: "person-marte-lien",
    name: "Marte Lien",
    email: "marte.lien@demo.kompetanseportalen.no",
    phone: "+47 400 00 005",
    title: "Seniorrådgiver, oppvekst- og utdanningsavdelingen",
    organisationId: "org-sf-trondelag",
    roles: [
      {
        role: "STATSFORVALTER",
        scope: { kind: "COUNTY", ref: "county-trondelag" },
        note: "Secretariat of Samarbeidsforum Trøndelag.",
      },
    ],
  },
  {
    id: "person-jonas-berg",
    name: "Jonas Berg",
    email: "jonas.berg@demo.kompetanseportalen.no",
    phone: "+47 400 00 006",
    title: "Rådgiver, oppvekst og utdanning",
    organisationId: "org-sf-nordland",
    roles: [
      {
        role: "STATSFORVALTER",
        scope: { kind: "COUNTY", ref: "county-nordland" },
        note: "Secretariat of Samarbeidsforum Nordland.",
      },
    ],
  },
  {
    id: "person-hanne-vik",
    name: "Hanne Vik",
    email: "hanne.vik@demo.kompetanseportalen.no",
    phone: "+47 400 00 007",
    title: "Rådgiver, skole",
    organisationId: "org-trondheim-kommune",
    roles: [{ role: "OWNER", scope: { kind: "ORGANISATION", ref: "org-trondheim-kommune" }, note: null }],
  },
  {
    id: "person-ola-brattas",
    name: "Ola Brattås",
    email: "ola.brattas@demo.kompetanseportalen.no",
    phone: "+47 400 00 008",
    title: "Koordinator, kompetansenettverk Trondheim/Malvik",
    organisationId: "org-malvik-kommune",
    roles: [{ role: "COORDINATOR", scope: { kind: "NETWORK", ref: "net-trd-trondheim-malvik" }, note: null }],
  },
  {
    id: "person-siri-aune",
    name: "Siri Aune",
    email: "siri.aune@demo.kompetanseportalen.no",
    phone: "+47 400 00 009",
    title: "Kommunalsjef oppvekst",
    organisationId: "org-steinkjer-kommune",
    roles: [
      {
        role: "FORUM_MEMBER",
        scope: { kind: "COUNTY", ref: "county-trondelag" },
        note: "Representerer skoleeierne (Innherred) i Samarbeidsforum Trøndelag.",
      },
      { role: "OWNER", scope: { kind: "ORGANISATION", ref: "org-steinkjer-kommune" }, note: null },
    ],
  },
  {
    id: "person-tor-systad",
    name: "Tor Systad",
    email: "tor.systad@demo.kompetanseportalen.no",
    phone: "+47 400 00 010",
    title: "Systemansvarlig, Kompetanseportalen",
    organisationId: null,
    roles: [{ role: "ADMIN", scope: { kind: "GLOBAL", ref: null }, note: null }],
  },
  {
    id: "person-bjorn-tangen",
    name: "Bjørn Tangen",
    email: "bjorn.tangen@demo.kompetanseportalen.no",
    phone: "+47 400 00 011",
    title: "Førsteamanuensis, lærerutdanning",
    organisationId: "org-nord-universitet",
    roles: [
      {
        role: "FORUM_MEMBER",
        scope: { kind: "COUNTY", ref: "county-trondelag" },
        note: "UH-representant i Samarbeidsforum Trøndelag.",
      },
      { role: "UH", scope: { kind: "ORGANISATION", ref: "org-nord-universitet" }, note: null },
    ],
  },
  {
    id: "person-ingrid-haugen",
    name: "Ingrid Haugen",
    email: "ingrid.haugen@demo.kompetanseportalen.no",
    phone: "+47 400 00 013",
    title: "Seniorrådgiver, Utdanningsdirektoratet",
    organisationId: null,
    roles: [{ role: "DIRECTORATE", scope: { kind: "GLOBAL", ref: null }, note: null }],
  },
  {
    id: "person-per-lunde",
    name: "Per Lunde",
    email: "per.lunde@demo.kompetanseportalen.no",
    phone: "+47 400 00 014",
    title: "Kommunalsjef oppvekst",
    organisationId: "org-vagan-kommune",
    roles: [
      {
        role: "ORG_ADMIN",
        scope: { kind: "ORGANISATION", ref: "org-vagan-kommune" },
        note: "Administrerer hvem som har tilgang for Vågan kommune.",
      },
      { role: "OWNER", scope: { kind: "ORGANISATION", ref: "org-vagan-kommune" }, note: null },
    ],
  },
  {
    id: "person-lise-mo",
    name: "Lise Mo",
    email: "lise.mo@demo.kompetanseportalen.no",
    phone: "+47 400 00 012",
    title: "Rådgiver oppvekst",
    organisationId: "org-meloy-kommune",
    roles: [{ role: "OWNER", scope: { kind: "ORGANISATION", ref: "org-meloy-kommune" }, note: null }],
  },
];
