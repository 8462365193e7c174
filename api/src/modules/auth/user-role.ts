/**
 * UserRole moved to common/user-role.ts. This re-export is kept only while files being reworked in parallel (the
 * nominations and dialogues services, the access and hostile HTTP tests) still import it from here; import
 * `common/user-role.js` instead, and delete this file when nothing imports it.
 */
export { UserRole } from '../../common/user-role.js';
