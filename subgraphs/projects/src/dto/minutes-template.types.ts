import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum MinutesTemplateSource {
  /** The committee's own template. */
  COMMITTEE = 'COMMITTEE',
  /** The template of every committee, saved by staff. */
  GLOBAL = 'GLOBAL',
  /** The platform's built-in template (nobody saved one yet). */
  BUILT_IN = 'BUILT_IN',
}
registerEnumType(MinutesTemplateSource, { name: 'CommitteeMinutesTemplateSource' });

@ObjectType('CommitteeMinutesPlaceholder', { description: 'A placeholder the minutes template may use, {{name}}' })
export class MinutesPlaceholder {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'What it writes (Italian)' }) description!: string;
  @Field(() => Boolean, { description: 'Only inside the {{#punti}} … {{/punti}} block (one agenda item)' }) perItem!: boolean;
}

@ObjectType('CommitteeMinutesTemplateInUse', {
  description: 'The template the minutes of a committee (or of every committee) are written with',
})
export class MinutesTemplateInUse {
  @Field(() => ID, { nullable: true }) committeeId!: string | null;
  @Field(() => MinutesTemplateSource) source!: MinutesTemplateSource;
  @Field(() => Int, { nullable: true, description: 'Version of the saved template; null for the built-in one' }) version!: number | null;
  @Field(() => String) body!: string;
  @Field(() => [MinutesPlaceholder]) placeholders!: MinutesPlaceholder[];
}
