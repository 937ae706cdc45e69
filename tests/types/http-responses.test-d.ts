/** Type tests (compiled by `npm run typecheck`): the HTTP response schemas and the wire types are one contract and cannot drift. */
import {
  ServiceStatusSchema, ShiftViewSchema, StaffViewSchema, WireErrorSchema, type ServiceStatus, type ShiftView, type StaffView, type WireError,
} from '@hidamari/shared';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';

describe('HTTP response schemas', () => {
  it('should describe exactly the wire types when the server serializes through them', () => {
    expectTypeOf<z.output<typeof StaffViewSchema>>().toEqualTypeOf<StaffView>();
    expectTypeOf<z.output<typeof ShiftViewSchema>>().toEqualTypeOf<ShiftView>();
    expectTypeOf<z.output<typeof ServiceStatusSchema>>().toEqualTypeOf<ServiceStatus>();
    expectTypeOf<z.output<typeof WireErrorSchema>>().toEqualTypeOf<WireError>();
  });

  it('should leave out what a staff answer must never carry when a field is not in the contract', () => {
    expectTypeOf<z.output<typeof StaffViewSchema>>().not.toHaveProperty('passwordHash');
  });
});
