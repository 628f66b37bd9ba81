import { ApiProperty } from '@nestjs/swagger';

/** What the staff app needs to know about this installation to show things as the institution does. */
export class AppSettingsResponse {
  @ApiProperty({ example: 'Europe/London', description: 'The institution\'s IANA time zone: the app shows dates and times in it.' })
  timeZone: string;
}
