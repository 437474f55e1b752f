import 'reflect-metadata';
import { BadRequestException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { MAX_LIST_PAGE } from '@attendance/analytics';
import { createValidationPipe } from '../config/validation.pipe.js';
import { AbsenteeListArgs, AbsenteeListKind } from './absentee-list.args.js';
import { PenaltyNoticeListArgs } from './penalty-notice-list.args.js';

// The page arguments come from a mixin: these check that its defaults and its checks reach the lists' own
// argument classes, with and without the period's from/to.
const pipe = createValidationPipe();

function validate(metatype: new () => object, value: object): Promise<unknown> {
  return pipe.transform(value, { type: 'query', metatype });
}

describe('list page arguments', () => {
  it('default to the first 50 rows on a list with a period and on one without', async () => {
    await expect(validate(AbsenteeListArgs, { list: AbsenteeListKind.SEVERE })).resolves.toMatchObject({
      limit: 50,
      offset: 0,
    });
    await expect(validate(PenaltyNoticeListArgs, {})).resolves.toMatchObject({ limit: 50, offset: 0 });
  });

  it('refuse a page longer than MAX_LIST_PAGE or a negative offset, naming the argument', async () => {
    const tooLong = validate(PenaltyNoticeListArgs, { limit: MAX_LIST_PAGE + 1 });
    await expect(tooLong).rejects.toThrow(BadRequestException);
    await expect(tooLong).rejects.toThrow(`Invalid argument "limit" (${MAX_LIST_PAGE + 1})`);
    await expect(validate(AbsenteeListArgs, { list: AbsenteeListKind.SEVERE, offset: -1 })).rejects.toThrow(
      'Invalid argument "offset" (-1): expected 0 or more',
    );
  });

  it('keep checking the period beside the page', async () => {
    await expect(
      validate(AbsenteeListArgs, { list: AbsenteeListKind.SEVERE, from: '2025-02-30', limit: 10 }),
    ).rejects.toThrow('Invalid argument "from" ("2025-02-30"): expected a real date as YYYY-MM-DD');
  });
});
