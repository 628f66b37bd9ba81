import { Module } from '@nestjs/common';
import { PublicListFastPath } from './public-list.fast-path.js';
import { PublicListRoutes } from './public-list.routes.js';
import { PublicationCache } from './publication-cache.js';
import { PublicationReviewService } from './publication-review.service.js';
import { PublicationsController } from './publications.controller.js';
import { PublicationsRepository } from './publications.repository.js';
import { PublisherService } from './publisher.service.js';

/** API side: admin publishing routes and the public, cached list endpoints. */
@Module({
  controllers: [PublicationsController],
  providers: [PublisherService, PublicationReviewService, PublicationsRepository, PublicationCache, PublicListRoutes, PublicListFastPath],
})
export class PublishingModule {}
