import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';

const trimLower = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class ErasureDto {
  @ApiProperty({ example: 'alex.morgan@example.org', description: 'The person to erase, by email.' })
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty({
    maxLength: 500,
    example: 'Erasure request received 3 March by post',
    description: 'Why (kept in the audit trail; any mention of the person in it is cut out).',
  })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  @Matches(/^[^\p{Cc}]+$/u, { message: 'reason must not contain control characters' })
  reason: string;
}

export class ErasurePreviewDto {
  @ApiProperty({ example: 'alex.morgan@example.org', description: 'The person whose erasure to preview, by email.' })
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(320)
  email: string;
}
