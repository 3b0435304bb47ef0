import { isStaff } from '@ixl/auth';
import { DomainError, forbidden, loader, requireStaff, type SubgraphContext } from '@ixl/subgraph-kit';
import { Project } from '../entities/project.entity.js';
import { MeetingKind, type PathMeeting } from '../entities/path-meeting.entity.js';
import { ProjectAccess } from './access.service.js';
import { meetingsOf } from './loaders.js';

/** Batched, authorised project reads: staff, the applicant's account, members of committees with the dossier. */
function readProject(ctx: SubgraphContext, id: string): Promise<Project | null> {
  return loader<string, Project | null>(ctx, 'projectReadable', async (ids) => {
    const rows = await ctx.em.find(Project, { id: { $in: [...new Set(ids)] } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return new ProjectAccess(ctx.em).readable(
      ctx.caller,
      ids.map((i) => byId.get(i) ?? null),
    );
  }).load(id);
}

/** Staff: every project, newest first. */
export function listProjects(ctx: SubgraphContext): Promise<Project[]> {
  requireStaff(ctx.caller);
  return ctx.em.find(Project, {}, { orderBy: { submittedAt: 'desc' } });
}

/** One project for the caller: null for staff when unknown; FORBIDDEN for anyone else who may not read it. */
export async function visibleProject(ctx: SubgraphContext, id: string): Promise<Project | null> {
  const p = await readProject(ctx, id);
  if (!p && !isStaff(ctx.caller)) throw forbidden();
  return p;
}

/** `project(id)`: as `visibleProject`, for signed-in callers only. */
export function projectById(ctx: SubgraphContext, id: string): Promise<Project | null> {
  if (ctx.caller.role === 'ANONYMOUS') throw new DomainError('LOGIN_REQUIRED', {});
  return visibleProject(ctx, id);
}

/** The path's meetings of one kind (labs or monitoring), oldest first. */
export async function meetingsOfKind(ctx: SubgraphContext, subjectId: string, kind: MeetingKind): Promise<PathMeeting[]> {
  return (await meetingsOf(ctx, subjectId)).filter((m) => m.kind === kind);
}
