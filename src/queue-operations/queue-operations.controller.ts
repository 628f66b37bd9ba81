import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { ListQueueJobsQuery } from './dto/list-queue-jobs.query.js';
import { QueueJobPage, QueueJobResponse } from './dto/queue-job.response.js';
import { QueueOverview } from './dto/queue-overview.response.js';
import { QueueOperationsService } from './queue-operations.service.js';

const NOT_FOUND = [404, 'QUEUE.NOT_FOUND, QUEUE.JOB_NOT_FOUND'] as [number, string];

/** Job queues for operators: what is waiting, failing and scheduled, and a second chance for failed jobs. */
@ApiTags('operations')
@StaffRoute()
@Roles('admin')
@Controller('api/v1/admin/queues')
export class QueueOperationsController {
  constructor(private readonly operations: QueueOperationsService) {}

  @Get()
  @ApiOperation({ summary: 'Every queue: job counts by state, paused or not, and its recurring job schedulers', operationId: 'listQueues' })
  @ApiOkResponse({ type: QueueOverview, isArray: true })
  list(): Promise<QueueOverview[]> {
    return this.operations.overview();
  }

  @Get(':queue/jobs')
  @ApiOperation({ summary: 'Jobs of one queue in one state (default failed), newest first; never their payloads', operationId: 'listQueueJobs' })
  @ApiOkResponse({ type: QueueJobPage })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR'], [404, 'QUEUE.NOT_FOUND'])
  jobs(@Param('queue') queue: string, @Query() query: ListQueueJobsQuery): Promise<QueueJobPage> {
    return this.operations.jobs(queue, query);
  }

  @Post(':queue/jobs/:jobId/retry')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Run a failed job again, with a fresh attempt budget (a failed mail send reopens its outbox mail first; audited)',
    operationId: 'retryQueueJob',
  })
  @ApiOkResponse({ type: QueueJobResponse })
  @ApiProblems([404, 'QUEUE.NOT_FOUND, QUEUE.JOB_NOT_FOUND, MAIL.NOT_FOUND'], [409, 'QUEUE.JOB_NOT_FAILED, MAIL.NOT_FAILED, MAIL.CONTENT_REMOVED'])
  retry(@Param('queue') queue: string, @Param('jobId') jobId: string, @CurrentUser() user: AuthenticatedUser): Promise<QueueJobResponse> {
    return this.operations.retry(queue, jobId, user.id);
  }

  @Delete(':queue/jobs/:jobId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Discard a failed job and its error', operationId: 'discardQueueJob' })
  @ApiNoContentResponse({ description: 'Discarded.' })
  @ApiProblems(NOT_FOUND, [409, 'QUEUE.JOB_NOT_FAILED'])
  discard(@Param('queue') queue: string, @Param('jobId') jobId: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.operations.discard(queue, jobId, user.id);
  }
}
