import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, MaxLength } from 'class-validator';

const trimLower = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class SubjectAccessQuery {
  @ApiProperty({ example: 'alex.morgan@example.org' })
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiPropertyOptional({
    enum: ['json', 'summary'],
    description: 'json (default) or summary: a readable HTML page. Without it, `Accept: text/html` also gives the summary.',
  })
  @IsOptional()
  @IsIn(['json', 'summary'])
  format?: 'json' | 'summary';
}
