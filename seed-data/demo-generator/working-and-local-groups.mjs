// The members of Norra's working groups (RAG) and of the regions' local groups (LPO, LAG, LSG).
import { FIRST_DAY, NORRA, chance, dayIn, random } from './basics.mjs';
import { areaOf, groupByRef, localGroups, rags } from './groups.mjs';
import { areaPool, officialPool, regionSeat, rpoHead, someone } from './memberships.mjs';
import './national-seats.mjs'; // draws first: the sections share one PRNG stream and must run in their original order

// ---------------------------------------------------------------------------------------- Norra's working groups
// RAGs: one member per region, often people who also sit in the matching NAG.
rags.forEach((ref, i) => {
  NORRA.forEach((region, j) => {
    const member = someone(areaPool(areaOf(ref)), [region], ref, 0.6);
    regionSeat(
      ref,
      member,
      j === (i + 2) % NORRA.length ? 'CHAIR' : 'MEMBER',
      chance(0.5) ? FIRST_DAY : dayIn(FIRST_DAY, '2023-06-30'),
    );
  });
});

// ------------------------------------------------------------------------------------------------- local groups
// Three to five members of the group's own region. An LPO is chaired by the region's head in the matching RPO; an
// LSG by the region's official in the matching RSG. Some terms end at the turn of 2024/2025, half of them with a
// successor.
const poolOfLocal = (g) => (g.type === 'LSG' ? officialPool(g.name) : areaPool(areaOf(g.ref)));
function localChair(g) {
  if (g.type === 'LPO') return rpoHead.get(`${g.name}|${g.region}`);
  if (g.type === 'LSG') return officialPool(g.name).byRegion.get(g.region)[0];
  return someone(poolOfLocal(g), [g.region], g.ref);
}
for (const ref of localGroups) {
  const g = groupByRef.get(ref);
  const size = 3 + Math.floor(random() * 3);
  for (let i = 0; i < size; i++) {
    const p = i === 0 ? localChair(g) : someone(poolOfLocal(g), [g.region], ref, 0.8);
    const start = i === 0 || chance(0.6) ? FIRST_DAY : dayIn(FIRST_DAY, '2024-06-30');
    const end = i > 0 && chance(0.1) ? '2024-12-31' : null;
    regionSeat(ref, p, i === 0 ? 'CHAIR' : 'MEMBER', start, end);
    if (end && chance(0.5)) regionSeat(ref, someone(poolOfLocal(g), [g.region], ref, 0.5), 'MEMBER', '2025-01-01');
  }
}
