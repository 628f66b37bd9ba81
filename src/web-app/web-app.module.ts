import { Module } from '@nestjs/common';
import { WebAppController } from './web-app.controller.js';

/** The staff app's side of the API: its settings route (the build itself is served by registerWebApp). */
@Module({ controllers: [WebAppController] })
export class WebAppModule {}
