#!/usr/bin/env node
// Writes seed-data/demo/norra.json: the demo data set for Norra sjukvårdsregionen. Deterministic (a fixed-seed PRNG,
// no clock, no Math.random), so the committed file changes only when this script does. Every person is fictitious.
//
// The data reproduce the annual report 2024's shares of Norra's seats in national groups (NPO, NAG, NSG; chair, vice
// chair and member): on 2023-08-31 Norrbotten 12 %, Jämtland Härjedalen 17 %, Västernorrland 13 %, Västerbotten 58 %;
// on 2024-12-31 Västerbotten 56 % and each of the other three a little higher. Its goals 2–6 are judged on the bodies'
// meetings, the feedback given and the dialogues: in 2024 all but goal 4 are met (BG quorate at 12 of 14 meetings).
//
// The script checks only what it sets out to build (the reference counts, the composition it gives each group, the
// persons' names and addresses). The registry's rules (tiers, owners, parents, counterparts, roles and represented
// regions, dates and overlaps) and the shares are not restated here: the registry seeds this file through its own
// services, which refuse whatever breaks a rule, and tests/api/demo-data.http.test.ts checks the shares and goals
// through the API on the seeded register.
//
// Run from the repository root: node seed-data/generate-demo.mjs (writes demo/norra.json), or with --check to fail
// when the committed file is not what the script writes (tests/api/demo-generator.test.ts runs that).
//
// The sections live in demo-generator/ and run as the modules are evaluated, in the order imported below (a module
// that draws also imports the section it must follow). They all draw from one seeded PRNG stream, so that order is
// what keeps the file the same: a section moved ahead of another changes every person and date drawn after it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import './demo-generator/basics.mjs';
import { persons } from './demo-generator/persons.mjs';
import { groups } from './demo-generator/groups.mjs';
import { memberships } from './demo-generator/memberships.mjs';
import './demo-generator/national-seats.mjs';
import './demo-generator/working-and-local-groups.mjs';
import { dialogueQuestions, dialogues, seats, shareGoals } from './demo-generator/goals-and-dialogues.mjs';
import { feedback, meetings, operationalGoals, quorumRules, topics } from './demo-generator/bodies-and-meetings.mjs';
import { checkDemo } from './demo-generator/checks.mjs';
import { lineage } from './demo-generator/lineage.mjs';
import { peopleAndOrganisations } from './demo-generator/people-and-organisations.mjs';
import { duplicates } from './demo-generator/duplicates.mjs';

const here = new URL('./', import.meta.url);

const problems = checkDemo();
if (problems.length) {
  console.error(`\n${problems.length} problem(s); demo/norra.json not written:\n${problems.join('\n')}`);
  process.exit(1);
}

const target = new URL('demo/norra.json', here);
const content = `${JSON.stringify(
  {
    groups,
    persons,
    memberships,
    shareGoals,
    seats,
    dialogueQuestions,
    dialogues,
    topics,
    quorumRules,
    meetings,
    feedback,
    operationalGoals,
    lineage,
    peopleAndOrganisations,
    duplicates,
  },
  null,
  2,
)}\n`;
if (process.argv.includes('--check')) {
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (committed !== content) {
    console.error(
      'demo/norra.json is not what seed-data/generate-demo.mjs writes: run `node seed-data/generate-demo.mjs`.',
    );
    process.exit(1);
  }
  console.log('demo/norra.json is what the script writes.');
  process.exit(0);
}

mkdirSync(new URL('demo/', here), { recursive: true });
writeFileSync(target, content);
console.log(
  `wrote demo/norra.json: ${groups.length} groups, ${persons.length} persons, ${memberships.length} memberships, ` +
    `${shareGoals.length} share goals, ${seats.length} seat allocations, ${dialogues.length} dialogues, ` +
    `${meetings.length} meetings, ${feedback.length} feedback records, ${operationalGoals.length} operational goals`,
);
