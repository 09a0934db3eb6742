/** Roles are part of the workflow vocabulary: defined once in workflows/roles.ts. */
export * from '../../workflows/roles';
