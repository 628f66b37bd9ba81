import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfigFromProcess, loadDotEnvIfPresent } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';

loadDotEnvIfPresent();

/** Used only by the TypeORM CLI (`npm run migration:*`). */
export default new DataSource(dataSourceOptions(loadConfigFromProcess(), { poolSize: 2 }));
