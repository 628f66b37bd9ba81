import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class WithdrawNameDisplayDto {
  @ApiProperty({ description: 'The secret from the withdrawal link in the "Signature confirmed" email (the part after /sign/withdraw/).', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  token: string;
}

export class NameDisplayWithdrawnResponse {
  @ApiProperty() pledgeSlug: string;
  @ApiProperty() pledgeTitle: string;
  @ApiProperty({ description: 'Always false now: the name is no longer shown from the next publication of the list.' }) nameShown: false;
  @ApiProperty({ description: 'false when the name was not shown already, so nothing changed.' }) changed: boolean;
  @ApiProperty() message: string;
}
