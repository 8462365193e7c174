import type { LoaderKit } from '../../common/loader-kit.js';
import type { AuthService } from './auth.service.js';

/** Per-request loader of users. */
export function authLoaders(services: { auth: AuthService }, kit: LoaderKit) {
  return {
    user: kit.byId((ids) => services.auth.usersByIds(ids)),
  };
}

type AuthLoaders = ReturnType<typeof authLoaders>;

declare module '../../common/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RequestLoaders extends AuthLoaders {}
}
