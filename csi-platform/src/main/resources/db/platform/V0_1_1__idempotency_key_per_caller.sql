-- An Idempotency-Key belongs to the caller that sent it: the same key from another caller is another request and never
-- replays the first caller's answer. caller is CallerIdentity.key() (SHA-256 of the token's iss and sub). Keys stored
-- before this migration have caller '' and match no authenticated caller, so they simply expire.
ALTER TABLE csi_idempotency_key ADD COLUMN caller VARCHAR(64) NOT NULL DEFAULT '';
ALTER TABLE csi_idempotency_key DROP CONSTRAINT csi_idempotency_key_pkey;
ALTER TABLE csi_idempotency_key ADD PRIMARY KEY (idempotency_key, operation, caller);
