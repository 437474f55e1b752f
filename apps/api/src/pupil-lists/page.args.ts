import type { Type } from '@nestjs/common';
import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Max, Min } from 'class-validator';
import { MAX_LIST_PAGE } from '@attendance/analytics';
import { PeriodArgs } from '../period/period.args.js';

const DEFAULT_PAGE_LENGTH = 50;

/** A mixin, so the lists over a period can add the page to PeriodArgs as well as to nothing. */
function withPage<Base extends Type<object>>(base: Base) {
  @ArgsType()
  class Paged extends base {
    @Field(() => Int, { defaultValue: DEFAULT_PAGE_LENGTH })
    @Min(1, { message: `expected 1 to ${MAX_LIST_PAGE}` })
    @Max(MAX_LIST_PAGE, { message: `expected 1 to ${MAX_LIST_PAGE}` })
    limit = DEFAULT_PAGE_LENGTH;

    @Field(() => Int, { defaultValue: 0 })
    @Min(0, { message: 'expected 0 or more' })
    offset = 0;
  }
  return Paged;
}

/** The page of a sorted list: `limit` rows (at most MAX_LIST_PAGE) from row `offset`. */
@ArgsType()
export class PageArgs extends withPage(Object) {}

/** A page of a list over a period (from, to) inside one academic year. */
@ArgsType()
export class PagedPeriodArgs extends withPage(PeriodArgs) {}
