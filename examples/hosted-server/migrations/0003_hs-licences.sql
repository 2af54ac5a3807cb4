-- Up Migration
-- Issued licences: the key itself is signed (Ed25519) and validates offline; this row is what revocation and seats need.
CREATE TABLE hs_licences (
  id uuid PRIMARY KEY,
  issued_by uuid NOT NULL REFERENCES hs_users (id) ON DELETE CASCADE,
  licensee text NOT NULL,
  plan text NOT NULL CHECK (plan IN ('free', 'pro', 'team')),
  seats integer NOT NULL CHECK (seats > 0),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hs_licences_issued_by ON hs_licences (issued_by);

CREATE TABLE hs_licence_activations (
  licence_id uuid NOT NULL REFERENCES hs_licences (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES hs_users (id) ON DELETE CASCADE,
  activated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (licence_id, user_id)
);

-- Down Migration
DROP TABLE hs_licence_activations;
DROP TABLE hs_licences;
