/**
 * A county with three school networks, their owners' teacher FTEs, two UH
 * institutions, a round and its year budget — and the people who act on it:
 * the county's Statsforvalter, one of another county, forum members (one of
 * whom acts for an owner in network A) and an owner.
 */
import { db } from "@/lib/db";
import { createBudget } from "@/lib/budget/mutations";
import * as f from "@/tests/support/factory";

export async function budgetWorld(year = 2027) {
  const county = await f.county();
  const other = await f.county();
  const [a1, a2, b1, c1, elsewhere] = await Promise.all([
    f.organisation(county.id),
    f.organisation(county.id),
    f.organisation(county.id),
    f.organisation(county.id),
    f.organisation(other.id),
  ]);
  const [ntnu, nord] = await Promise.all([f.organisation(null, "UH"), f.organisation(null, "UH")]);
  const unit = await f.organisation(null, "UH", ntnu.id); // a unit counts for its institution
  const netA = await f.network(county.id, [a1.id, a2.id], [unit.id]);
  const netB = await f.network(county.id, [b1.id], [ntnu.id]);
  const netC = await f.network(county.id, [c1.id], [nord.id]);
  const keyYear = year - 1;
  await db.teacherFte.createMany({
    data: [
      { organisationId: a1.id, year: keyYear, teacherFte: "100.5" },
      { organisationId: a2.id, year: keyYear, teacherFte: "50.25" },
      { organisationId: b1.id, year: keyYear, teacherFte: "300" },
      // c1 has no value for the key year: it is listed as missing
    ],
  });
  const round = await db.round.create({
    data: { countyId: county.id, year, deadline: new Date(`${year - 1}-12-31T22:59:00Z`) },
  });
  const sf = await f.actor(
    [{ role: "STATSFORVALTER", countyId: county.id }],
    `sf-${Math.random().toString(36).slice(2)}@example.test`,
  );
  const otherSf = await f.actor([{ role: "STATSFORVALTER", countyId: other.id }]);
  const member = await f.actor([{ role: "FORUM_MEMBER", countyId: county.id }]);
  const ownerMember = await f.actor([
    { role: "FORUM_MEMBER", countyId: county.id },
    { role: "OWNER", organisationId: a1.id },
  ]);
  const owner = await f.actor([{ role: "OWNER", organisationId: b1.id }]);
  const forum = await db.forum.create({ data: { countyId: county.id, name: `Samarbeidsforum ${county.name}` } });
  await db.forumMember.createMany({
    data: [
      { forumId: forum.id, personId: member.personId, represents: "KS" },
      { forumId: forum.id, personId: ownerMember.personId, represents: "Eierne i nettverk A" },
      { forumId: forum.id, personId: sf.personId, represents: "Statsforvalteren (sekretariat)", voting: false },
    ],
  });
  await f.countyAllocation(county.id, round.year, 2_000_000);
  const { id: budgetId } = await createBudget(sf, {
    roundId: round.id,
    scheme: "DESENTRALISERT",
    lines: [
      { kind: "UH_DIRECT", label: "Direktetildeling til UH", amount: 500_000 },
      { kind: "BASE_GRANT", label: "Grunntilskudd", amount: 300_000 },
      { kind: "FORUM_MEETINGS", label: "Møter", amount: 100_000 },
    ],
    note: null,
  });
  return {
    county,
    other,
    a1,
    a2,
    b1,
    c1,
    elsewhere,
    ntnu,
    nord,
    unit,
    netA,
    netB,
    netC,
    keyYear,
    round,
    sf,
    otherSf,
    member,
    ownerMember,
    owner,
    forum,
    budgetId,
  };
}
