import { Global, Module } from '@nestjs/common';
import { ConfigModule as NestConfigModule } from '@nestjs/config';
import { AppConfig, loadConfigFromProcess } from './app-config.js';
import { validateEnvironment } from './environment.js';

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Wraps @nestjs/config: the environment is validated once at start (the process refuses to
 * start and names each bad variable), then exposed as one typed, frozen AppConfig object.
 */
@Global()
@Module({
  imports: [
    NestConfigModule.forRoot({
      // Tests configure themselves; a developer's .env must not change a test run.
      ignoreEnvFile: process.env.NODE_ENV === 'test',
      envFilePath: '.env',
      cache: true,
      validate: (raw) => ({ ...validateEnvironment(raw) }),
      expandVariables: false,
    }),
  ],
  providers: [
    {
      provide: APP_CONFIG,
      // NestConfigModule has already merged `.env` into process.env and validated it.
      useFactory: (): AppConfig => Object.freeze(loadConfigFromProcess()),
    },
  ],
  exports: [APP_CONFIG],
})
export class ConfigModule {}
