import { describe, expect, it } from 'vitest';
import { findPostgresBin } from './postgres';

describe('given no PostgreSQL binaries where the test support looks', () => {
  it('fails (never skips) with the command that installs them', () => {
    expect(() => findPostgresBin(['/nonexistent/postgresql/bin'])).toThrow(
      /PostgreSQL is not installed.*apt-get update && apt-get install -y postgresql.*POSTGRES_BIN.*Looked in: \/nonexistent\/postgresql\/bin/,
    );
  });
});
