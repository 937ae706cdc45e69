import { AppError, ErrorCode } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { serverFieldError } from './shift-errors';

describe('server refusals on the shift form', () => {
  it.each([
    ['should mark the end when the server names endsAt', new AppError(ErrorCode.INVALID_PAYLOAD, 'too long', 'endsAt'), { field: 'end', key: 'fieldErrors.endsAt' }],
    ['should mark the person when the server names staffId', new AppError(ErrorCode.INVALID_PAYLOAD, 'inactive', 'staffId'), { field: 'staffId', key: 'fieldErrors.staffId' }],
    ['should mark the role when the server names role', new AppError(ErrorCode.INVALID_PAYLOAD, 'no role', 'role'), { field: 'role', key: 'fieldErrors.role' }],
    ['should say overlap on the named field when the server answers CONFLICT', new AppError(ErrorCode.CONFLICT, 'overlap', 'endsAt'), { field: 'end', key: 'fieldErrors.overlap' }],
    ['should say overlap on the start when CONFLICT names no field', new AppError(ErrorCode.CONFLICT, 'overlap'), { field: 'start', key: 'fieldErrors.overlap' }],
    ['should leave it to the general message when no field is named', new AppError(ErrorCode.FORBIDDEN, 'no'), null],
  ])('%s', (_name, err, expected) => {
    expect(serverFieldError(err)).toEqual(expected);
  });
});
