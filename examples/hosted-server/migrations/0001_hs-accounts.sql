-- Up Migration
-- Accounts of the hosted server. The SDK's own tables (buildwright_*) are created by storage.migrate();
-- these are the example's, prefixed hs_, tracked in hs_migrations.
CREATE TABLE hs_users (
  id uuid PRIMARY KEY,
  email text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('USER', 'ADMIN', 'RESELLER')),
  plan text NOT NULL DEFAULT 'free' CHECK (plan IN ('free', 'pro', 'team')),
  created_by uuid REFERENCES hs_users (id) ON DELETE SET NULL,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hs_users_created_by ON hs_users (created_by);

-- One sign-in: the family of its refresh tokens. Revoking it ends the access tokens issued for it too.
CREATE TABLE hs_sessions (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES hs_users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  revoked_reason text
);

CREATE TABLE hs_refresh_tokens (
  id uuid PRIMARY KEY,
  session_id uuid NOT NULL REFERENCES hs_sessions (id) ON DELETE CASCADE,
  secret_hash text NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hs_refresh_tokens_session ON hs_refresh_tokens (session_id);

CREATE TABLE hs_api_keys (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES hs_users (id) ON DELETE CASCADE,
  name text NOT NULL,
  lookup text NOT NULL UNIQUE,
  secret_hash text NOT NULL,
  scopes text[] NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX hs_api_keys_user ON hs_api_keys (user_id);

-- Runs admitted per user and UTC day (the generations quota); tokens and cost per day are the SDK's buildwright_owner_usage.
CREATE TABLE hs_generation_counts (
  user_id uuid NOT NULL REFERENCES hs_users (id) ON DELETE CASCADE,
  day date NOT NULL,
  generations integer NOT NULL,
  PRIMARY KEY (user_id, day)
);

-- Down Migration
DROP TABLE hs_generation_counts;
DROP TABLE hs_api_keys;
DROP TABLE hs_refresh_tokens;
DROP TABLE hs_sessions;
DROP TABLE hs_users;
