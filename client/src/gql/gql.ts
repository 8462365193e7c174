/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      role\n      region {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query AddMembershipForm($groupId: ID!) {\n    memberRoles {\n      role\n      representsRegion\n    }\n    group(id: $groupId) {\n      id\n      eligibleRegions {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AddMembershipFormDocument,
    "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      id\n      person {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AddMembershipDocument,
    "\n  fragment GoalCard_evaluation on GoalEvaluation {\n    asOf\n    met\n    rows {\n      region {\n        id\n        name\n      }\n      baselineShare\n      share\n      change\n      populationShare\n      met\n    }\n  }\n": typeof types.GoalCard_EvaluationFragmentDoc,
    "\n  fragment GoalCard_goal on ShareGoal {\n    id\n    name\n    kind\n    baselineDate\n    targetDate\n    tolerancePoints\n    maxShare\n  }\n": typeof types.GoalCard_GoalFragmentDoc,
    "\n  fragment MembersTable_membership on Membership {\n    id\n    role\n    startDate\n    endDate\n    active\n    person {\n      id\n      name\n      title\n    }\n    representedRegion {\n      id\n      name\n    }\n  }\n": typeof types.MembersTable_MembershipFragmentDoc,
    "\n  mutation EndMembership($id: ID!, $endDate: Date!) {\n    endMembership(id: $id, endDate: $endDate) {\n      id\n      endDate\n      active\n    }\n  }\n": typeof types.EndMembershipDocument,
    "\n  query PersonPickerSearch($search: String!) {\n    persons(search: $search, first: 10) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          title\n          employerRegion {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonPickerSearchDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  query HealthcareRegions {\n    healthcareRegions {\n      id\n      code\n      name\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.HealthcareRegionsDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Dashboard($healthcareRegionId: ID!, $asOf: Date!, $from: Date!, $tiers: [Tier!], $roles: [MemberRole!]) {\n    representation(healthcareRegionId: $healthcareRegionId, asOf: $asOf, tiers: $tiers, roles: $roles) {\n      asOf\n      totalSeats\n      shares {\n        region {\n          id\n          code\n          name\n        }\n        seats\n        share\n        populationShare\n        gapPoints\n      }\n    }\n    seatRecommendation(healthcareRegionId: $healthcareRegionId, asOf: $asOf, tiers: $tiers, roles: $roles) {\n      rank\n      region {\n        id\n        name\n      }\n      reason\n    }\n    representationTrend(healthcareRegionId: $healthcareRegionId, from: $from, to: $asOf, interval: QUARTER, tiers: $tiers, roles: $roles) {\n      asOf\n      totalSeats\n      shares {\n        region {\n          id\n        }\n        seats\n        share\n      }\n    }\n    shareGoals {\n      ...GoalCard_goal\n      healthcareRegion {\n        id\n      }\n      verdict: evaluation {\n        ...GoalCard_evaluation\n      }\n      current: evaluation(asOf: $asOf) {\n        ...GoalCard_evaluation\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query GroupBrowser($filter: GroupFilter, $after: String) {\n    groups(filter: $filter, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          type\n          kind\n          status\n          universityHealthcare\n          parent {\n            id\n          }\n          counterpart {\n            id\n            name\n            type\n          }\n        }\n      }\n    }\n  }\n": typeof types.GroupBrowserDocument,
    "\n  query GroupTypes {\n    groupTypes {\n      type\n      parentType\n      counterpartType\n      takesHealthcareRegion\n      takesRegion\n    }\n  }\n": typeof types.GroupTypesDocument,
    "\n  query GroupChoices($types: [GroupType!]) {\n    groups(filter: { types: $types }, first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n": typeof types.GroupChoicesDocument,
    "\n  query EditGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      type\n      status\n      universityHealthcare\n      mandate\n      version\n      parent {\n        id\n      }\n      counterpart {\n        id\n      }\n      healthcareRegion {\n        id\n      }\n      region {\n        id\n      }\n    }\n  }\n": typeof types.EditGroupDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  mutation ArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ArchiveGroupDocument,
    "\n  query GroupPage($id: ID!, $asOf: Date, $includeEnded: Boolean) {\n    group(id: $id) {\n      id\n      name\n      type\n      tier\n      kind\n      status\n      universityHealthcare\n      mandate\n      version\n      healthcareRegion {\n        id\n        name\n      }\n      region {\n        id\n        name\n        healthcareRegion {\n          id\n        }\n      }\n      parent {\n        id\n        name\n        type\n      }\n      counterpart {\n        id\n        name\n        type\n      }\n      children {\n        id\n        name\n        type\n        status\n      }\n      memberships(asOf: $asOf, includeEnded: $includeEnded) {\n        ...MembersTable_membership\n      }\n    }\n  }\n": typeof types.GroupPageDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      title\n      email\n      archivedAt\n      employerRegion {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        startDate\n        endDate\n        active\n        representedRegion {\n          id\n          name\n        }\n        group {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  query Persons($search: String, $after: String) {\n    persons(search: $search, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          title\n          email\n          employerRegion {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonsDocument,
    "\n  query RegionView($regionId: ID!, $healthcareRegionId: ID!, $asOf: Date!, $from: Date!) {\n    regionSeats(regionId: $regionId, asOf: $asOf) {\n      id\n      role\n      startDate\n      endDate\n      group {\n        id\n        name\n        type\n      }\n      person {\n        id\n        name\n      }\n    }\n    groupsWithoutRegion(regionId: $regionId, asOf: $asOf) {\n      id\n      name\n      type\n    }\n    representationTrend(healthcareRegionId: $healthcareRegionId, from: $from, to: $asOf, interval: QUARTER) {\n      asOf\n      totalSeats\n      shares {\n        region {\n          id\n        }\n        seats\n        share\n        populationShare\n      }\n    }\n  }\n": typeof types.RegionViewDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.LoginDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      role\n      region {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query AddMembershipForm($groupId: ID!) {\n    memberRoles {\n      role\n      representsRegion\n    }\n    group(id: $groupId) {\n      id\n      eligibleRegions {\n        id\n        name\n      }\n    }\n  }\n": types.AddMembershipFormDocument,
    "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      id\n      person {\n        id\n        name\n      }\n    }\n  }\n": types.AddMembershipDocument,
    "\n  fragment GoalCard_evaluation on GoalEvaluation {\n    asOf\n    met\n    rows {\n      region {\n        id\n        name\n      }\n      baselineShare\n      share\n      change\n      populationShare\n      met\n    }\n  }\n": types.GoalCard_EvaluationFragmentDoc,
    "\n  fragment GoalCard_goal on ShareGoal {\n    id\n    name\n    kind\n    baselineDate\n    targetDate\n    tolerancePoints\n    maxShare\n  }\n": types.GoalCard_GoalFragmentDoc,
    "\n  fragment MembersTable_membership on Membership {\n    id\n    role\n    startDate\n    endDate\n    active\n    person {\n      id\n      name\n      title\n    }\n    representedRegion {\n      id\n      name\n    }\n  }\n": types.MembersTable_MembershipFragmentDoc,
    "\n  mutation EndMembership($id: ID!, $endDate: Date!) {\n    endMembership(id: $id, endDate: $endDate) {\n      id\n      endDate\n      active\n    }\n  }\n": types.EndMembershipDocument,
    "\n  query PersonPickerSearch($search: String!) {\n    persons(search: $search, first: 10) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          title\n          employerRegion {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PersonPickerSearchDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreatePersonDocument,
    "\n  query HealthcareRegions {\n    healthcareRegions {\n      id\n      code\n      name\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.HealthcareRegionsDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Dashboard($healthcareRegionId: ID!, $asOf: Date!, $from: Date!, $tiers: [Tier!], $roles: [MemberRole!]) {\n    representation(healthcareRegionId: $healthcareRegionId, asOf: $asOf, tiers: $tiers, roles: $roles) {\n      asOf\n      totalSeats\n      shares {\n        region {\n          id\n          code\n          name\n        }\n        seats\n        share\n        populationShare\n        gapPoints\n      }\n    }\n    seatRecommendation(healthcareRegionId: $healthcareRegionId, asOf: $asOf, tiers: $tiers, roles: $roles) {\n      rank\n      region {\n        id\n        name\n      }\n      reason\n    }\n    representationTrend(healthcareRegionId: $healthcareRegionId, from: $from, to: $asOf, interval: QUARTER, tiers: $tiers, roles: $roles) {\n      asOf\n      totalSeats\n      shares {\n        region {\n          id\n        }\n        seats\n        share\n      }\n    }\n    shareGoals {\n      ...GoalCard_goal\n      healthcareRegion {\n        id\n      }\n      verdict: evaluation {\n        ...GoalCard_evaluation\n      }\n      current: evaluation(asOf: $asOf) {\n        ...GoalCard_evaluation\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query GroupBrowser($filter: GroupFilter, $after: String) {\n    groups(filter: $filter, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          type\n          kind\n          status\n          universityHealthcare\n          parent {\n            id\n          }\n          counterpart {\n            id\n            name\n            type\n          }\n        }\n      }\n    }\n  }\n": types.GroupBrowserDocument,
    "\n  query GroupTypes {\n    groupTypes {\n      type\n      parentType\n      counterpartType\n      takesHealthcareRegion\n      takesRegion\n    }\n  }\n": types.GroupTypesDocument,
    "\n  query GroupChoices($types: [GroupType!]) {\n    groups(filter: { types: $types }, first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n": types.GroupChoicesDocument,
    "\n  query EditGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      type\n      status\n      universityHealthcare\n      mandate\n      version\n      parent {\n        id\n      }\n      counterpart {\n        id\n      }\n      healthcareRegion {\n        id\n      }\n      region {\n        id\n      }\n    }\n  }\n": types.EditGroupDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  mutation ArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      status\n    }\n  }\n": types.ArchiveGroupDocument,
    "\n  query GroupPage($id: ID!, $asOf: Date, $includeEnded: Boolean) {\n    group(id: $id) {\n      id\n      name\n      type\n      tier\n      kind\n      status\n      universityHealthcare\n      mandate\n      version\n      healthcareRegion {\n        id\n        name\n      }\n      region {\n        id\n        name\n        healthcareRegion {\n          id\n        }\n      }\n      parent {\n        id\n        name\n        type\n      }\n      counterpart {\n        id\n        name\n        type\n      }\n      children {\n        id\n        name\n        type\n        status\n      }\n      memberships(asOf: $asOf, includeEnded: $includeEnded) {\n        ...MembersTable_membership\n      }\n    }\n  }\n": types.GroupPageDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      title\n      email\n      archivedAt\n      employerRegion {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        startDate\n        endDate\n        active\n        representedRegion {\n          id\n          name\n        }\n        group {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n": types.PersonPageDocument,
    "\n  query Persons($search: String, $after: String) {\n    persons(search: $search, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          title\n          email\n          employerRegion {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PersonsDocument,
    "\n  query RegionView($regionId: ID!, $healthcareRegionId: ID!, $asOf: Date!, $from: Date!) {\n    regionSeats(regionId: $regionId, asOf: $asOf) {\n      id\n      role\n      startDate\n      endDate\n      group {\n        id\n        name\n        type\n      }\n      person {\n        id\n        name\n      }\n    }\n    groupsWithoutRegion(regionId: $regionId, asOf: $asOf) {\n      id\n      name\n      type\n    }\n    representationTrend(healthcareRegionId: $healthcareRegionId, from: $from, to: $asOf, interval: QUARTER) {\n      asOf\n      totalSeats\n      shares {\n        region {\n          id\n        }\n        seats\n        share\n        populationShare\n      }\n    }\n  }\n": types.RegionViewDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.LoginDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      role\n      region {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      role\n      region {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AddMembershipForm($groupId: ID!) {\n    memberRoles {\n      role\n      representsRegion\n    }\n    group(id: $groupId) {\n      id\n      eligibleRegions {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AddMembershipForm($groupId: ID!) {\n    memberRoles {\n      role\n      representsRegion\n    }\n    group(id: $groupId) {\n      id\n      eligibleRegions {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      id\n      person {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      id\n      person {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalCard_evaluation on GoalEvaluation {\n    asOf\n    met\n    rows {\n      region {\n        id\n        name\n      }\n      baselineShare\n      share\n      change\n      populationShare\n      met\n    }\n  }\n"): (typeof documents)["\n  fragment GoalCard_evaluation on GoalEvaluation {\n    asOf\n    met\n    rows {\n      region {\n        id\n        name\n      }\n      baselineShare\n      share\n      change\n      populationShare\n      met\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalCard_goal on ShareGoal {\n    id\n    name\n    kind\n    baselineDate\n    targetDate\n    tolerancePoints\n    maxShare\n  }\n"): (typeof documents)["\n  fragment GoalCard_goal on ShareGoal {\n    id\n    name\n    kind\n    baselineDate\n    targetDate\n    tolerancePoints\n    maxShare\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembersTable_membership on Membership {\n    id\n    role\n    startDate\n    endDate\n    active\n    person {\n      id\n      name\n      title\n    }\n    representedRegion {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MembersTable_membership on Membership {\n    id\n    role\n    startDate\n    endDate\n    active\n    person {\n      id\n      name\n      title\n    }\n    representedRegion {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMembership($id: ID!, $endDate: Date!) {\n    endMembership(id: $id, endDate: $endDate) {\n      id\n      endDate\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation EndMembership($id: ID!, $endDate: Date!) {\n    endMembership(id: $id, endDate: $endDate) {\n      id\n      endDate\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPickerSearch($search: String!) {\n    persons(search: $search, first: 10) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          title\n          employerRegion {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonPickerSearch($search: String!) {\n    persons(search: $search, first: 10) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          title\n          employerRegion {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthcareRegions {\n    healthcareRegions {\n      id\n      code\n      name\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query HealthcareRegions {\n    healthcareRegions {\n      id\n      code\n      name\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($healthcareRegionId: ID!, $asOf: Date!, $from: Date!, $tiers: [Tier!], $roles: [MemberRole!]) {\n    representation(healthcareRegionId: $healthcareRegionId, asOf: $asOf, tiers: $tiers, roles: $roles) {\n      asOf\n      totalSeats\n      shares {\n        region {\n          id\n          code\n          name\n        }\n        seats\n        share\n        populationShare\n        gapPoints\n      }\n    }\n    seatRecommendation(healthcareRegionId: $healthcareRegionId, asOf: $asOf, tiers: $tiers, roles: $roles) {\n      rank\n      region {\n        id\n        name\n      }\n      reason\n    }\n    representationTrend(healthcareRegionId: $healthcareRegionId, from: $from, to: $asOf, interval: QUARTER, tiers: $tiers, roles: $roles) {\n      asOf\n      totalSeats\n      shares {\n        region {\n          id\n        }\n        seats\n        share\n      }\n    }\n    shareGoals {\n      ...GoalCard_goal\n      healthcareRegion {\n        id\n      }\n      verdict: evaluation {\n        ...GoalCard_evaluation\n      }\n      current: evaluation(asOf: $asOf) {\n        ...GoalCard_evaluation\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($healthcareRegionId: ID!, $asOf: Date!, $from: Date!, $tiers: [Tier!], $roles: [MemberRole!]) {\n    representation(healthcareRegionId: $healthcareRegionId, asOf: $asOf, tiers: $tiers, roles: $roles) {\n      asOf\n      totalSeats\n      shares {\n        region {\n          id\n          code\n          name\n        }\n        seats\n        share\n        populationShare\n        gapPoints\n      }\n    }\n    seatRecommendation(healthcareRegionId: $healthcareRegionId, asOf: $asOf, tiers: $tiers, roles: $roles) {\n      rank\n      region {\n        id\n        name\n      }\n      reason\n    }\n    representationTrend(healthcareRegionId: $healthcareRegionId, from: $from, to: $asOf, interval: QUARTER, tiers: $tiers, roles: $roles) {\n      asOf\n      totalSeats\n      shares {\n        region {\n          id\n        }\n        seats\n        share\n      }\n    }\n    shareGoals {\n      ...GoalCard_goal\n      healthcareRegion {\n        id\n      }\n      verdict: evaluation {\n        ...GoalCard_evaluation\n      }\n      current: evaluation(asOf: $asOf) {\n        ...GoalCard_evaluation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupBrowser($filter: GroupFilter, $after: String) {\n    groups(filter: $filter, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          type\n          kind\n          status\n          universityHealthcare\n          parent {\n            id\n          }\n          counterpart {\n            id\n            name\n            type\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupBrowser($filter: GroupFilter, $after: String) {\n    groups(filter: $filter, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          type\n          kind\n          status\n          universityHealthcare\n          parent {\n            id\n          }\n          counterpart {\n            id\n            name\n            type\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupTypes {\n    groupTypes {\n      type\n      parentType\n      counterpartType\n      takesHealthcareRegion\n      takesRegion\n    }\n  }\n"): (typeof documents)["\n  query GroupTypes {\n    groupTypes {\n      type\n      parentType\n      counterpartType\n      takesHealthcareRegion\n      takesRegion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupChoices($types: [GroupType!]) {\n    groups(filter: { types: $types }, first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupChoices($types: [GroupType!]) {\n    groups(filter: { types: $types }, first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      type\n      status\n      universityHealthcare\n      mandate\n      version\n      parent {\n        id\n      }\n      counterpart {\n        id\n      }\n      healthcareRegion {\n        id\n      }\n      region {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      type\n      status\n      universityHealthcare\n      mandate\n      version\n      parent {\n        id\n      }\n      counterpart {\n        id\n      }\n      healthcareRegion {\n        id\n      }\n      region {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupPage($id: ID!, $asOf: Date, $includeEnded: Boolean) {\n    group(id: $id) {\n      id\n      name\n      type\n      tier\n      kind\n      status\n      universityHealthcare\n      mandate\n      version\n      healthcareRegion {\n        id\n        name\n      }\n      region {\n        id\n        name\n        healthcareRegion {\n          id\n        }\n      }\n      parent {\n        id\n        name\n        type\n      }\n      counterpart {\n        id\n        name\n        type\n      }\n      children {\n        id\n        name\n        type\n        status\n      }\n      memberships(asOf: $asOf, includeEnded: $includeEnded) {\n        ...MembersTable_membership\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupPage($id: ID!, $asOf: Date, $includeEnded: Boolean) {\n    group(id: $id) {\n      id\n      name\n      type\n      tier\n      kind\n      status\n      universityHealthcare\n      mandate\n      version\n      healthcareRegion {\n        id\n        name\n      }\n      region {\n        id\n        name\n        healthcareRegion {\n          id\n        }\n      }\n      parent {\n        id\n        name\n        type\n      }\n      counterpart {\n        id\n        name\n        type\n      }\n      children {\n        id\n        name\n        type\n        status\n      }\n      memberships(asOf: $asOf, includeEnded: $includeEnded) {\n        ...MembersTable_membership\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      title\n      email\n      archivedAt\n      employerRegion {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        startDate\n        endDate\n        active\n        representedRegion {\n          id\n          name\n        }\n        group {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      title\n      email\n      archivedAt\n      employerRegion {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        startDate\n        endDate\n        active\n        representedRegion {\n          id\n          name\n        }\n        group {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Persons($search: String, $after: String) {\n    persons(search: $search, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          title\n          email\n          employerRegion {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Persons($search: String, $after: String) {\n    persons(search: $search, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          title\n          email\n          employerRegion {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionView($regionId: ID!, $healthcareRegionId: ID!, $asOf: Date!, $from: Date!) {\n    regionSeats(regionId: $regionId, asOf: $asOf) {\n      id\n      role\n      startDate\n      endDate\n      group {\n        id\n        name\n        type\n      }\n      person {\n        id\n        name\n      }\n    }\n    groupsWithoutRegion(regionId: $regionId, asOf: $asOf) {\n      id\n      name\n      type\n    }\n    representationTrend(healthcareRegionId: $healthcareRegionId, from: $from, to: $asOf, interval: QUARTER) {\n      asOf\n      totalSeats\n      shares {\n        region {\n          id\n        }\n        seats\n        share\n        populationShare\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionView($regionId: ID!, $healthcareRegionId: ID!, $asOf: Date!, $from: Date!) {\n    regionSeats(regionId: $regionId, asOf: $asOf) {\n      id\n      role\n      startDate\n      endDate\n      group {\n        id\n        name\n        type\n      }\n      person {\n        id\n        name\n      }\n    }\n    groupsWithoutRegion(regionId: $regionId, asOf: $asOf) {\n      id\n      name\n      type\n    }\n    representationTrend(healthcareRegionId: $healthcareRegionId, from: $from, to: $asOf, interval: QUARTER) {\n      asOf\n      totalSeats\n      shares {\n        region {\n          id\n        }\n        seats\n        share\n        populationShare\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;