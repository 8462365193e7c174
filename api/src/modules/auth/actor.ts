/**
 * The actor moved to common/actor.ts. This re-export is kept only while files being reworked in parallel (the
 * nominations and dialogues services, the access and hostile HTTP tests) still import it from here; import
 * `common/actor.js` instead, and delete this file when nothing imports it.
 */
export {
  DIALOGUE_KEEPERS,
  permissionsOf,
  REGION_PROPOSERS,
  REGISTER_KEEPERS,
  representsRegion,
  requireRole,
  USER_MANAGERS,
  type Actor,
} from '../../common/actor.js';
