// What every service, route, job and CLI command is given: built once in main.ts / cli.ts / tests.
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { Db } from './db.ts';
import type { Logger } from './log.ts';
import type { Secrets } from './secrets/service.ts';

export interface AppContext {
  db: Db;
  config: Config;
  log: Logger;
  clock: Clock;
  secrets: Secrets;
}
