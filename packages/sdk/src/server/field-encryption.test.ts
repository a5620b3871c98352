// @vitest-environment node
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFieldEncryption } from './field-encryption';
import { createFileStore, type FileRightsRequestStore } from './file-store';
import type { StoredRightsRequest } from './rights-request-store';
import { recordFor } from './test-support/store-contract';

const keyA = new Uint8Array(32).fill(7);
const keyB = new Uint8Array(32).fill(9);

const personal = (key: string): StoredRightsRequest => {
  const record = recordFor(key, 2026, 1);
  return {
    ...record,
    request: {
      ...record.request,
      name: 'Siti Rahma',
      email: 'siti.rahma@example.co.id',
      phone: '+622112345678',
      details: 'Alamat saya berubah.',
    },
  };
};

describe('given field encryption', () => {
  it('encrypts name, e-mail, phone and details and nothing else, and decrypts them back', async () => {
    const encryption = createFieldEncryption({ keys: { a: keyA }, current: 'a' });
    const record = personal('k1');
    const sealed = await encryption.encrypt(record);
    const text = JSON.stringify(sealed);
    for (const value of ['Siti', 'siti.rahma', '2112345678', 'Alamat']) {
      expect(text).not.toContain(value);
    }
    expect(sealed.request.email).toMatch(/^pk-enc:v1:a:[\w-]+:[\w-]+$/);
    expect(sealed.request.right).toBe('access');
    expect(sealed.receipt).toEqual(record.receipt);
    expect(await encryption.decrypt(sealed)).toEqual(record);
  });

  it('uses a fresh IV every time', async () => {
    const encryption = createFieldEncryption({ keys: { a: keyA }, current: 'a' });
    const one = await encryption.encrypt(personal('k1'));
    const two = await encryption.encrypt(personal('k1'));
    expect(one.request.email).not.toBe(two.request.email);
  });

  it('refuses a value moved into another record or field, naming the field, never the value', async () => {
    const encryption = createFieldEncryption({ keys: { a: keyA }, current: 'a' });
    const sealed = await encryption.encrypt(personal('k1'));
    const other = await encryption.encrypt(personal('k2'));
    const swapped = { ...other, request: { ...other.request, email: sealed.request.email } };
    await expect(encryption.decrypt(swapped)).rejects.toThrow(
      'field encryption: email of REQ-2026-000001 does not decrypt with key "a"',
    );
    const moved = { ...sealed, request: { ...sealed.request, name: sealed.request.email } };
    await expect(encryption.decrypt(moved)).rejects.toThrow(/name of/);
  });

  it('rotates keys: new records use the current key, older ones still decrypt with theirs', async () => {
    const before = createFieldEncryption({ keys: { a: keyA }, current: 'a' });
    const old = await before.encrypt(personal('old'));
    const after = createFieldEncryption({ keys: { a: keyA, b: keyB }, current: 'b' });
    const fresh = await after.encrypt(personal('new'));
    expect(fresh.request.email).toMatch(/^pk-enc:v1:b:/);
    expect((await after.decrypt(old)).request.email).toBe('siti.rahma@example.co.id');
    const retired = createFieldEncryption({ keys: { b: keyB }, current: 'b' });
    await expect(retired.decrypt(old)).rejects.toThrow(/does not decrypt with key "a"/);
  });

  it('reads values written before encryption was turned on as they are', async () => {
    const encryption = createFieldEncryption({ keys: { a: keyA }, current: 'a' });
    expect(await encryption.decrypt(personal('plain'))).toEqual(personal('plain'));
  });

  it('refuses a key of the wrong size or an unknown current key at creation', async () => {
    expect(() => createFieldEncryption({ keys: { a: keyA }, current: 'b' })).toThrow(/no key "b"/);
    const bad = createFieldEncryption({ keys: { a: new Uint8Array(10) }, current: 'a' });
    await expect(bad.encrypt(personal('k'))).rejects.toThrow(/16 or 32 bytes/);
  });
});

describe('given a file store with field encryption', () => {
  let dir: string;
  let store: FileRightsRequestStore | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pk-encrypted-'));
  });
  afterEach(async () => {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the personal fields out of the file and reads them back after a restart', async () => {
    const path = join(dir, 'rr.jsonl');
    const encryption = createFieldEncryption({ keys: { a: keyA }, current: 'a' });
    store = createFileStore(path, { encryption });
    const { record } = await store.insert('k1', 2026, () => personal('k1'));
    expect(record.request.name).toBe('Siti Rahma');
    const text = await readFile(path, 'utf8');
    expect(text).not.toContain('Siti');
    expect(text).not.toContain('siti.rahma');
    expect(text).toContain('REQ-2026-000001');
    await store.close();
    store = createFileStore(path, { encryption });
    expect(await store.get('k1')).toEqual(personal('k1'));
  });
});
