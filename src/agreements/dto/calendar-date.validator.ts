import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isCalendarDate } from '../calendar.js';

/** A real calendar date as 'YYYY-MM-DD' (1900–2199), so a bad date is a 400, never a database error. */
export const IsCalendarDate = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => isCalendarDate(value),
        defaultMessage: (args) => `${args?.property ?? 'value'} must be a date as YYYY-MM-DD`,
      },
    },
    options,
  );
