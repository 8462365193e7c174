/**
 * Loads the national-scale data set (all healthcare regions, about 2,000 groups, 20,000 persons and 60,000
 * memberships over ten years) into the database of DATABASE_URL, which must hold no memberships yet.
 * Usage: npm run seed:national   (from the repository root; DATABASE_URL as for npm start)
 */
import 'reflect-metadata';
import { readConfig, REPO_ROOT } from '../app/config.js';
import { createServices } from '../app/services.js';
import { openDatabase } from '../db/data-source.js';
import { seedNational } from '../seeding/national-seed.js';

const config = readConfig(process.env);
const db = await openDatabase({ url: config.databaseUrl });
try {
  const report = await seedNational(createServices(db), `${REPO_ROOT}seed-data`);
  console.log(
    `Loaded ${report.groups} groups, ${report.persons} persons, ${report.memberships} memberships, ${report.nominations} nominations and ${report.dialogues} dialogues in ${(report.milliseconds / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
