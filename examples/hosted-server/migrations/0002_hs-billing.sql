-- Up Migration
ALTER TABLE hs_users
  ADD COLUMN stripe_customer_id text UNIQUE,
  ADD COLUMN stripe_subscription_id text,
  ADD COLUMN subscription_status text,
  -- `created` of the Stripe event that last set the plan: an older event delivered late changes nothing.
  ADD COLUMN billing_event_at timestamptz;

-- Every Stripe event handled, by id: a replayed delivery is recognised and changes nothing.
CREATE TABLE hs_stripe_events (
  id text PRIMARY KEY,
  type text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);

-- Down Migration
DROP TABLE hs_stripe_events;
ALTER TABLE hs_users DROP COLUMN billing_event_at, DROP COLUMN subscription_status, DROP COLUMN stripe_subscription_id, DROP COLUMN stripe_customer_id;
