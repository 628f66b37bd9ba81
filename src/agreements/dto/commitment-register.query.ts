import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class CommitmentRegisterQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false', description: 'Include expired and terminated agreements.' })
  @IsOptional()
  @IsIn(['true', 'false'])
  includeEnded?: 'true' | 'false';
}
