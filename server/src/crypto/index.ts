/**
 * Field encryption at rest (AES-256-GCM). One keyring per process, installed at start-up from MESSAGE_KEY and
 * MESSAGE_KEYS_PREVIOUS (see keys.ts); repositories seal what they write and open what they read, so services and
 * the wire see plain text. Other modules (e.g. survey comments) use `seal` / `open` the same way.
 */
import { createKeyring, openWith, sealWith, type Keyring } from './envelope.js';

export { createKeyring, isSealed, sealedKeyId, type Keyring } from './envelope.js';

let ring: Keyring | undefined;

/** Installs the process's keyring (startHidamari does, before anything is read or written). */
export function useKeyring(next: Keyring): void {
  ring = next;
}

function keyring(): Keyring {
  if (!ring) throw new Error('no encryption keyring is installed (startHidamari installs one from MESSAGE_KEY)');
  return ring;
}

/** Id of the key new values are sealed with. */
export const currentKeyId = (): string => keyring().currentId;

/** Seals text for storage. */
export const seal = (plain: string): string => sealWith(keyring(), plain);

/** Opens a stored value (plain text written before encryption existed is returned as it is). */
export const open = (stored: string): string => openWith(keyring(), stored);

export const sealOrNull = (plain: string | null | undefined): string | null => (plain == null ? null : seal(plain));
export const openOrNull = (stored: string | null | undefined): string | null => (stored == null ? null : open(stored));

/** For tests and tools that need a keyring of their own. */
export const keyringFor = (current: Buffer, previous: Buffer[] = []): Keyring => createKeyring(current, previous);
