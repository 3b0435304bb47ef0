/** Kinds of placement (inserimento), as the API names them. */
export const PLACEMENT_TYPES = ['ASSUNZIONE', 'STAGE', 'TIROCINIO', 'MINI_JOB', 'LAVORO_AUTONOMO'] as const;
