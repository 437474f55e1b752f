import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

/**
 * Adds the session counts every attendance figure is made of (DfE definitions) to a type. A mixin, so a row
 * that already extends another type (a pupil-list row) can have them too.
 */
export function withSessionCounts<Base extends Type<object>>(base: Base) {
  @ObjectType({ isAbstract: true })
  class WithSessionCounts extends base {
    @Field(() => Int)
    possibleSessions!: number;

    @Field(() => Int)
    attendedSessions!: number;

    @Field(() => Int)
    authorisedSessions!: number;

    @Field(() => Int)
    unauthorisedSessions!: number;
  }
  return WithSessionCounts;
}

/** Possible, attended, authorised and unauthorised sessions of a group of enrolments or of one. */
@ObjectType({ isAbstract: true })
export abstract class SessionCounts extends withSessionCounts(Object) {}
