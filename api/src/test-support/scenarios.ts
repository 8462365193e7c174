/** The requests the benchmark times and the query-budget test counts statements for: the screens' heaviest. */
export interface Scenario {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface ScenarioIds {
  healthcareRegions: { id: string; code: string }[];
  groups: { nodes: { id: string }[] };
  nominations: { nodes: { id: string }[] };
}

/** Finds the records the scenarios ask about: Norra, a national programme area, an open nomination. */
export const SCENARIO_IDS =
  '{ healthcareRegions { id code } groups(filter: { types: [NPO] }, first: 1) { nodes { id } } nominations(filter: { statuses: [OPEN] }, first: 1) { nodes { id } } }';

const AS_OF = '2025-06-30';
const SHARES = 'shares { region { id name } seats share populationShare gapPoints }';
const EVALUATION = 'asOf met rows { region { id name } baselineShare share change populationShare met }';

export function readScenarios(ids: ScenarioIds): Scenario[] {
  const norra = ids.healthcareRegions.find((hr) => hr.code === 'NORRA')!.id;
  return [
    {
      name: 'representation report',
      query: `query ($hr: ID!, $asOf: Date!) { representation(healthcareRegionId: $hr, asOf: $asOf) { asOf totalSeats ${SHARES} } }`,
      variables: { hr: norra, asOf: AS_OF },
    },
    {
      name: '60-month trend',
      query:
        'query ($hr: ID!) { representationTrend(healthcareRegionId: $hr, from: "2020-06-30", to: "2025-06-30", interval: MONTH) { asOf totalSeats shares { region { id } seats share } } }',
      variables: { hr: norra },
    },
    {
      name: 'group page',
      query: `query ($id: ID!, $asOf: Date) {
        seatStatus(asOf: $asOf, filter: { groupId: $id }) { id seats filled vacant healthcareRegion { id name } region { id name } }
        group(id: $id) { id name type tier status mandate parent { id name } counterpart { id name } children { id name type status }
          memberships(asOf: $asOf) { id role startDate endDate person { id name title } representedRegion { id name } }
          dialogues { id heldOn year answers { id } actions { id status } } } }`,
      variables: { id: ids.groups.nodes[0]!.id, asOf: AS_OF },
    },
    {
      name: '50 groups with members',
      query:
        'query ($asOf: Date) { groups(first: 50) { nodes { id name type parent { id name } children { id name } memberships(asOf: $asOf) { id role person { id name } representedRegion { id name } } } } }',
      variables: { asOf: AS_OF },
    },
    {
      name: 'nomination impact preview',
      query:
        'query ($id: ID!) { nomination(id: $id) { id candidates { id person { name } impact { before { totalSeats } after { totalSeats shares { region { name } share } } goals { goal { name } before { met } after { met } } } } } }',
      variables: { id: ids.nominations.nodes[0]!.id },
    },
    {
      name: 'dashboard',
      query: `query ($hr: ID!, $asOf: Date!, $from: Date!) {
        representation(healthcareRegionId: $hr, asOf: $asOf) { asOf totalSeats ${SHARES} }
        vacantSeatCount(asOf: $asOf, filter: { healthcareRegionId: $hr })
        seatRecommendation(healthcareRegionId: $hr, asOf: $asOf) { rank region { id name } reason }
        representationTrend(healthcareRegionId: $hr, from: $from, to: $asOf, interval: QUARTER) { asOf totalSeats shares { region { id } seats share } }
        shareGoals { id name kind baselineDate targetDate healthcareRegion { id } verdict: evaluation { ${EVALUATION} } current: evaluation(asOf: $asOf) { ${EVALUATION} } } }`,
      variables: { hr: norra, asOf: AS_OF, from: '2021-06-30' },
    },
  ];
}
