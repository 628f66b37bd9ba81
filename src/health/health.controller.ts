import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../common/auth/public.decorator.js';
import { QueueBackend } from '../queue/queue-backend.js';

class DependencyStatus {
  @ApiProperty({ enum: ['up', 'down'] }) status: 'up' | 'down';
  @ApiProperty({ required: false }) detail?: string;
}

class ReadinessResponse {
  @ApiProperty({ enum: ['ready', 'not-ready'] }) status: 'ready' | 'not-ready';
  @ApiProperty() database: DependencyStatus;
  @ApiProperty() queue: DependencyStatus;
  @ApiProperty({ enum: ['postgres', 'redis'] }) queueBackend: 'postgres' | 'redis';
}

class LivenessResponse {
  @ApiProperty({ enum: ['alive'] }) status: 'alive';
}

async function probe(check: () => Promise<unknown>): Promise<DependencyStatus> {
  try {
    await Promise.race([check(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref())]);
    return { status: 'up' };
  } catch (error: unknown) {
    return { status: 'down', detail: error instanceof Error ? error.message : 'unreachable' };
  }
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: QueueBackend,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is up', operationId: 'live' })
  @ApiOkResponse({ type: LivenessResponse })
  live(): LivenessResponse {
    return { status: 'alive' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'The database and the queue backend answer', operationId: 'ready' })
  @ApiOkResponse({ type: ReadinessResponse })
  @ApiServiceUnavailableResponse({ type: ReadinessResponse })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessResponse> {
    const [database, queue] = await Promise.all([probe(() => this.dataSource.query('SELECT 1')), probe(() => this.queue.ping())]);
    const ready = database.status === 'up' && queue.status === 'up';
    void reply.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ready ? 'ready' : 'not-ready', database, queue, queueBackend: this.queue.kind };
  }
}
