-- Up Migration
CREATE TABLE hs_webhook_endpoints (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES hs_users (id) ON DELETE CASCADE,
  url text NOT NULL,
  events text[] NOT NULL,
  -- The signing secret, encrypted with APP_SECRET (AES-256-GCM): it must be read back to sign each delivery.
  secret_ciphertext text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  disabled_at timestamptz
);
CREATE INDEX hs_webhook_endpoints_user ON hs_webhook_endpoints (user_id);

CREATE TABLE hs_webhook_deliveries (
  id uuid PRIMARY KEY,
  endpoint_id uuid NOT NULL REFERENCES hs_webhook_endpoints (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES hs_users (id) ON DELETE CASCADE,
  event_type text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'retrying', 'succeeded', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  last_status_code integer,
  last_error text,
  replay_of uuid REFERENCES hs_webhook_deliveries (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hs_webhook_deliveries_endpoint ON hs_webhook_deliveries (endpoint_id, created_at);

-- Incoming triggers (Zapier / n8n style): a signed URL that starts a generation for its owner.
CREATE TABLE hs_triggers (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES hs_users (id) ON DELETE CASCADE,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('web', 'dapp', 'api')),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

-- Down Migration
DROP TABLE hs_triggers;
DROP TABLE hs_webhook_deliveries;
DROP TABLE hs_webhook_endpoints;
