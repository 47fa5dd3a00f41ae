// Admin password and API token: from config when set, else generated on first start, printed once,
// and only their hashes stored.
import type { Config } from '../config.ts';
import type { Db } from '../db.ts';
import { hashPassword, randomToken, sameHash, sha256, verifyPassword } from './hash.ts';
import { getSetting, setSettingOnce } from './store.ts';

export interface Secrets {
  checkAdminPassword(password: string): boolean;
  checkApiToken(token: string): boolean;
}

const ADMIN_KEY = 'admin_password_hash';
const TOKEN_KEY = 'api_token_sha256';

/** `announce` receives the generated secrets once, on the start that creates them. */
export async function loadSecrets(db: Db, config: Config, announce: (lines: string[]) => void): Promise<Secrets> {
  const generated: string[] = [];
  let adminHash: string;
  if (config.ADMIN_PASSWORD) adminHash = hashPassword(config.ADMIN_PASSWORD);
  else {
    adminHash = (await getSetting(db, ADMIN_KEY)) ?? '';
    if (!adminHash) {
      const password = randomToken(12);
      adminHash = await setSettingOnce(db, ADMIN_KEY, hashPassword(password));
      if (verifyPassword(password, adminHash)) generated.push(`Admin password (shown once): ${password}`);
    }
  }
  let tokenHash: string;
  if (config.API_TOKEN) tokenHash = sha256(config.API_TOKEN);
  else {
    tokenHash = (await getSetting(db, TOKEN_KEY)) ?? '';
    if (!tokenHash) {
      const token = randomToken(24);
      tokenHash = await setSettingOnce(db, TOKEN_KEY, sha256(token));
      if (sameHash(token, tokenHash)) generated.push(`API token (shown once): ${token}`);
    }
  }
  if (generated.length) announce(generated);
  return {
    checkAdminPassword: (password) => verifyPassword(password, adminHash),
    checkApiToken: (token) => sameHash(token, tokenHash),
  };
}
