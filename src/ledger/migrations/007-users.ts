// Users of the desk (issue 12): who signs in, by what name the journal and prints call them, and what their role
// lets them do. A user is never deleted, only disabled, so that every journal row keeps naming someone on file. The
// password's hash and the count of failed sign-ins live in a table of their own, which the journal does not copy:
// the journal is read by every observer, and a hash is not theirs to take away and attack.
export const users = `
CREATE TABLE user (
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL UNIQUE CHECK (login = lower(login) AND length(login) BETWEEN 1 AND 60),
  full_name TEXT NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
  role TEXT NOT NULL CHECK (role IN ('observer', 'clerk', 'secretary', 'administrator')),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE user_secret (
  user_id INTEGER PRIMARY KEY REFERENCES user(id),
  password_hash TEXT NOT NULL,
  set_at TEXT NOT NULL,
  failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  last_failed_at TEXT,
  locked_until TEXT
) STRICT;
CREATE TRIGGER user_no_delete BEFORE DELETE ON user BEGIN
  SELECT RAISE(ABORT, 'a user is disabled, never deleted: the journal names them');
END;
`;
