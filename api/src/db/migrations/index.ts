import type { MigrationInterface } from 'typeorm';
import { RegionPopulations1796208701234 } from './1796208701234-RegionPopulations.js';
import { PeopleOrganisationsLineageComposition1796207940835 } from './1796207940835-PeopleOrganisationsLineageComposition.js';
import { DefaultCompositionRules1796208786571 } from './1796208786571-DefaultCompositionRules.js';
import { FeedbackAndOperationalGoals1796196076017 } from './1796196076017-FeedbackAndOperationalGoals.js';
import { BodiesAndParticipation1796195603823 } from './1796195603823-BodiesAndParticipation.js';
import { Meetings1796195797665 } from './1796195797665-Meetings.js';
import { SignInAttemptsAndEventPersons1796169292846 } from './1796169292846-SignInAttemptsAndEventPersons.js';
import { RegisterVersion1795408593375 } from './1795408593375-RegisterVersion.js';
import { ImportJobs1795406559320 } from './1795406559320-ImportJobs.js';
import { AuditTrailAndPrivacy1795405314355 } from './1795405314355-AuditTrailAndPrivacy.js';
import { Dialogues1795400744038 } from './1795400744038-Dialogues.js';
import { CandidateReviewAndGender1795400366944 } from './1795400366944-CandidateReviewAndGender.js';
import { GroupSeats1795400212539 } from './1795400212539-GroupSeats.js';
import { Nominations1795399565709 } from './1795399565709-Nominations.js';
import { RegistryMeta1795399281792 } from './1795399281792-RegistryMeta.js';
import { ShareGoals1795397418869 } from './1795397418869-ShareGoals.js';
import { Initial1795396088727 } from './1795396088727-Initial.js';

type MigrationClass = new () => MigrationInterface;

/** Every migration in the order it runs; `npm run migration:generate -w api -- <Name>` appends to this list. */
export const migrations: MigrationClass[] = [Initial1795396088727, ShareGoals1795397418869, RegistryMeta1795399281792, Nominations1795399565709, GroupSeats1795400212539, CandidateReviewAndGender1795400366944, Dialogues1795400744038, AuditTrailAndPrivacy1795405314355, ImportJobs1795406559320, RegisterVersion1795408593375, SignInAttemptsAndEventPersons1796169292846, BodiesAndParticipation1796195603823, Meetings1796195797665, FeedbackAndOperationalGoals1796196076017, PeopleOrganisationsLineageComposition1796207940835, RegionPopulations1796208701234, DefaultCompositionRules1796208786571];
