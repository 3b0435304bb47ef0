import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { MinutesTemplate } from '../entities/committee.entity.js';
import { MinutesPlaceholder, MinutesTemplateInUse, MinutesTemplateSource } from '../dto/minutes-template.types.js';
import { ITEM_PLACEHOLDERS, SESSION_PLACEHOLDERS } from '../services/minutes-template.rules.js';
import { MinutesTemplateService } from '../services/minutes-template.service.js';
import { MinutesService } from '../services/minutes.service.js';

const PLACEHOLDERS: MinutesPlaceholder[] = [
  ...Object.entries(SESSION_PLACEHOLDERS).map(([name, description]) => ({ name, description, perItem: false })),
  ...Object.entries(ITEM_PLACEHOLDERS).map(([name, description]) => ({ name, description, perItem: true })),
];

@Resolver(() => MinutesTemplate)
export class MinutesTemplateResolver {
  @Query(() => MinutesTemplateInUse, {
    description: 'Staff or members: the template the committee’s minutes are written with (committeeId null: every committee’s)',
  })
  async committeeMinutesTemplate(
    @Arg('committeeId', () => ID, { nullable: true }) committeeId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<MinutesTemplateInUse> {
    const t = await new MinutesTemplateService(ctx.em).current(ctx.caller, committeeId ?? null);
    return {
      committeeId: t.committeeId,
      source: t.source as MinutesTemplateSource,
      version: t.version,
      body: t.body,
      placeholders: PLACEHOLDERS,
    };
  }

  @Query(() => [MinutesTemplate], { description: 'Staff or members: the saved versions of a template, newest first' })
  committeeMinutesTemplateVersions(
    @Arg('committeeId', () => ID, { nullable: true }) committeeId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<MinutesTemplate[]> {
    return new MinutesTemplateService(ctx.em).versions(ctx.caller, committeeId ?? null);
  }

  @Query(() => String, {
    description:
      'Staff or members: the verbale of the session as the template (the given one, else the committee’s) writes it now; saves nothing',
  })
  previewCommitteeMinutes(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('template', () => String, { nullable: true }) template: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<string> {
    return new MinutesService(ctx.em).preview(ctx.caller, sessionId, template);
  }

  @Mutation(() => MinutesTemplate, {
    description:
      'The committee’s secretary or staff: save a new version of the committee’s minutes template (committeeId null: staff, every committee’s)',
  })
  saveCommitteeMinutesTemplate(
    @Arg('committeeId', () => ID, { nullable: true }) committeeId: string | null,
    @Arg('body', () => String) body: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<MinutesTemplate> {
    return new MinutesTemplateService(ctx.em).save(ctx.caller, committeeId ?? null, body);
  }
}
