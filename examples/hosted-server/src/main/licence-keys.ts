// `npm run licence-keys`: prints a new Ed25519 pair for LICENCE_PRIVATE_KEY / LICENCE_PUBLIC_KEY.
import { generateLicenceKeyPair } from '../licences/licence-keys.js';

const { privateKeyPem, publicKeyPem } = generateLicenceKeyPair();
console.log(`LICENCE_PRIVATE_KEY="${privateKeyPem.trim()}"\nLICENCE_PUBLIC_KEY="${publicKeyPem.trim()}"`);
