// What the bot remembers about users: their chosen organisation and how to reach them later.
// A small JSON file for now; the requests issue moves this into the database.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ConversationReference } from 'botbuilder';
import type { PartyRef } from '../vocabulary';

export interface BotStore {
  getProfile(userId: string): PartyRef | undefined;
  setProfile(userId: string, party: PartyRef): void;
  getReference(userId: string): Partial<ConversationReference> | undefined;
  saveReference(userId: string, reference: Partial<ConversationReference>): void;
}

interface StoreData {
  profiles: Record<string, PartyRef>;
  references: Record<string, Partial<ConversationReference>>;
}

export function memoryStore(): BotStore {
  const data: StoreData = { profiles: {}, references: {} };
  return {
    getProfile: (id) => data.profiles[id],
    setProfile: (id, party) => {
      data.profiles[id] = party;
    },
    getReference: (id) => data.references[id],
    saveReference: (id, reference) => {
      data.references[id] = reference;
    },
  };
}

/** Keeps everything in memory and writes the whole file atomically after each change. */
export function fileStore(path: string): BotStore {
  let data: StoreData = { profiles: {}, references: {} };
  try {
    data = { ...data, ...(JSON.parse(readFileSync(path, 'utf8')) as StoreData) };
  } catch {
    // No file yet: start empty.
  }
  const persist = () => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.tmp`, JSON.stringify(data));
    renameSync(`${path}.tmp`, path);
  };
  return {
    getProfile: (id) => data.profiles[id],
    setProfile: (id, party) => {
      data.profiles[id] = party;
      persist();
    },
    getReference: (id) => data.references[id],
    saveReference: (id, reference) => {
      if (JSON.stringify(data.references[id]) === JSON.stringify(reference)) return;
      data.references[id] = reference;
      persist();
    },
  };
}
