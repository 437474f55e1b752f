import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { PeriodArgs } from '../period/period.args.js';
import { createValidationPipe, GRAPHQL_ARGS_PARAM_TYPE, withoutNullArguments } from './validation.pipe.js';

describe('the arguments validation pipe', () => {
  // As @nestjs/graphql passes an @Args() parameter to a pipe (seen in the running API).
  const metadata = { type: GRAPHQL_ARGS_PARAM_TYPE, metatype: PeriodArgs };

  it('takes an optional argument sent as null as not given', async () => {
    const args = (await createValidationPipe().transform(
      { from: null, to: '2026-03-20' },
      metadata,
    )) as PeriodArgs;
    expect(args).toBeInstanceOf(PeriodArgs);
    expect(args.from).toBeUndefined();
    expect(args.to).toBe('2026-03-20');
  });

  it('still refuses a malformed argument, naming it', async () => {
    await expect(createValidationPipe().transform({ from: '2026-02-30' }, metadata)).rejects.toThrow(
      'Invalid argument "from" ("2026-02-30"): expected a real date as YYYY-MM-DD',
    );
  });

  it('passes a context or parent object through as the same object (DataLoaders are keyed by it)', async () => {
    const context = { req: {}, loaders: null };
    const contextMetadata = { type: 'custom' as const, metatype: Object };
    await expect(createValidationPipe().transform(context, contextMetadata)).resolves.toBe(context);
  });

  it('drops only the arguments themselves, never a null inside a value', () => {
    expect(withoutNullArguments({ a: null, b: { c: null }, d: [null] })).toEqual({
      b: { c: null },
      d: [null],
    });
    expect(withoutNullArguments(null)).toBeNull();
    expect(withoutNullArguments('text')).toBe('text');
  });
});
