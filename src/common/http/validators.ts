import { ValidateIf } from 'class-validator';

/**
 * For optional fields where null means nothing: absent is fine, but a present value — null
 * included — must pass the field's validators. (`@IsOptional()` lets null through, which is
 * right only for nullable fields, where null clears the value.)
 */
export const IsOptionalNotNull = (): PropertyDecorator => ValidateIf((_object: object, value: unknown) => value !== undefined);
