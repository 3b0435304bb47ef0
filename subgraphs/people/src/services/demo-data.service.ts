import type { EntityManager } from '@mikro-orm/postgresql';
import { UserAccount } from '../entities/user-account.entity.js';

/** The demo data's accounts all end with this (packages/demo-data); nothing else uses the domain. */
export const DEMO_EMAIL_DOMAIN = '@demo.ixl';

/** Whether the demo data set is loaded: the sign-in pages show the demo logins only then. */
export class DemoDataService {
  constructor(private readonly em: EntityManager) {}

  async loaded(): Promise<boolean> {
    return (await this.em.count(UserAccount, { email: { $like: `%${DEMO_EMAIL_DOMAIN}` } })) > 0;
  }
}
