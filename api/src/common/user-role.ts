import { registerEnumType } from 'type-graphql';

export enum UserRole {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  REGION_REPRESENTATIVE = 'REGION_REPRESENTATIVE',
  DIALOGUE_LEAD = 'DIALOGUE_LEAD',
  VIEWER = 'VIEWER',
}

registerEnumType(UserRole, {
  name: 'UserRole',
  valuesConfig: {
    ADMIN: { description: 'Manages users, and everything a coordinator does.' },
    COORDINATOR: { description: 'The NRF office: keeps the register and runs nominations.' },
    REGION_REPRESENTATIVE: { description: 'Reads everything; proposes candidates for their own region.' },
    DIALOGUE_LEAD: { description: 'Logs follow-up dialogues, their answers and actions.' },
    VIEWER: { description: 'Reads only.' },
  },
});
