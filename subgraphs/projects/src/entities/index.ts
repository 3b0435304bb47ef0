import { AgendaItem, CommitteeSession } from './committee-session.entity.js';
import { Call } from './call.entity.js';
import { Committee, CommitteeMember, MinutesTemplate } from './committee.entity.js';
import { Decision } from './decision.entity.js';
import { PlacementRef } from './placement-ref.entity.js';
import { PathMeeting } from './path-meeting.entity.js';
import { Project } from './project.entity.js';
import { ProjectOutcome } from './project-outcome.entity.js';
import { SelfEmployment } from './self-employment.entity.js';
import { StatusChange } from './status-change.entity.js';
import { Vote } from './vote.entity.js';
import { ProjectSupportRef } from './project-support.entity.js';
import { GovernanceMeeting, WorkPlan } from './governance.entity.js';

/** Every entity of the projects schema. */
export const PROJECTS_ENTITIES = [
  Project,
  Call,
  StatusChange,
  PathMeeting,
  Committee,
  CommitteeMember,
  MinutesTemplate,
  CommitteeSession,
  AgendaItem,
  Vote,
  Decision,
  SelfEmployment,
  ProjectOutcome,
  PlacementRef,
  ProjectSupportRef,
  GovernanceMeeting,
  WorkPlan,
];
