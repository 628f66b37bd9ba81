import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem, ValidationFailedError } from '../errors/app-error.js';

/**
 * How basic a rule is: a field that should not be there, then the value's type, then its form, then its size.
 * A value of the wrong type makes its length meaningless, so only the most basic failing rule is reported.
 */
const RULE_RANK: Readonly<Record<string, number>> = {
  whitelistValidation: 0,
  isDefined: 0,
  isNotEmpty: 0,
  isString: 1,
  isInt: 1,
  isNumber: 1,
  isBoolean: 1,
  isArray: 1,
  isObject: 1,
  isDate: 1,
  minLength: 3,
  maxLength: 3,
  length: 3,
  min: 3,
  max: 3,
  arrayMinSize: 3,
  arrayMaxSize: 3,
  arrayUnique: 3,
};
const FORM_RANK = 2;

/** The message of the most basic failing rule (the first declared among equals). */
function mostBasicMessage(constraints: Record<string, string>): string {
  const [first] = Object.entries(constraints).sort(([a], [b]) => (RULE_RANK[a] ?? FORM_RANK) - (RULE_RANK[b] ?? FORM_RANK));
  return first[1];
}

/**
 * One message per field: a required field that is absent is just required (not "must be a string, shorter
 * than …, longer than …"); otherwise the most basic rule it fails. `messages` stays an array for clients.
 */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = error.constraints ?? {};
    // Only when the validator kept the value (validationError.value not false) can absence be told.
    const absent = 'value' in error && error.value === undefined && !('whitelistValidation' in constraints);
    const own = error.constraints ? [{ field, messages: [absent ? `${field} is required` : mostBasicMessage(constraints)] }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    // The value is kept so that an absent field can be told apart; it never leaves the exception factory.
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => new ValidationFailedError(flattenValidationErrors(errors)),
  });
}
