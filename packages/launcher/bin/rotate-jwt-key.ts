/**
 * `npm run rotate-jwt-key`: a new Ed25519 signing key first in `IXL_DATA_DIR/jwt-keys.json` (0600), the previous
 * key kept after it (its tokens keep verifying until they expire), older keys retired. Restart `npm start` to use it.
 * Production keys come from IXL_JWT_SIGNING_KEYS / IXL_JWT_PUBLIC_KEYS instead (README, "Access-token keys").
 */
import { join } from 'node:path';
import { rotateLocalSigningKeys } from '../src/secrets.js';
import { dataDir } from './database.js';

const file = join(dataDir, 'jwt-keys.json');
const keys = JSON.parse(rotateLocalSigningKeys(file)) as { keys: { kid: string }[] };
console.log(
  `${file}: signing with ${keys.keys[0]?.kid}; still verifying ${
    keys.keys
      .slice(1)
      .map((k) => k.kid)
      .join(', ') || 'nothing else'
  }`,
);
