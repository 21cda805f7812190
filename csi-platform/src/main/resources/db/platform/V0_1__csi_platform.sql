-- Tables of csi-platform, present in every service's database (Flyway location db/platform).

-- Transactional outbox: a state change and its event commit together; OutboxRelay publishes the rows to Kafka.
CREATE TABLE csi_outbox (
    id             UUID PRIMARY KEY,                 -- the CloudEvent id (ce_id)
    seq            BIGSERIAL NOT NULL UNIQUE,        -- publication order
    topic          VARCHAR(120) NOT NULL,
    event_type     VARCHAR(120) NOT NULL,            -- ce_type
    source         VARCHAR(200) NOT NULL,            -- ce_source
    subject        VARCHAR(200) NOT NULL,            -- ce_subject: the aggregate id
    kafka_key      VARCHAR(200) NOT NULL,            -- the initiative id (ordering key)
    data_schema    VARCHAR(200) NOT NULL,            -- ce_dataschema
    payload        TEXT NOT NULL,                    -- JSON data
    occurred_at    TIMESTAMPTZ NOT NULL,             -- ce_time
    sent_at        TIMESTAMPTZ
);
CREATE INDEX csi_outbox_unsent ON csi_outbox (seq) WHERE sent_at IS NULL;
CREATE INDEX csi_outbox_sent_at ON csi_outbox (sent_at) WHERE sent_at IS NOT NULL;

-- Wake the relay at commit time instead of waiting for its next poll.
CREATE FUNCTION csi_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('csi_outbox', '');
    RETURN NULL;
END;
$$;
CREATE TRIGGER csi_outbox_inserted AFTER INSERT ON csi_outbox
    FOR EACH STATEMENT EXECUTE FUNCTION csi_outbox_notify();

-- Idempotent consumers: the CloudEvent id is recorded in the same transaction as the handler's effect.
CREATE TABLE csi_processed_event (
    consumer       VARCHAR(120) NOT NULL,
    event_id       VARCHAR(200) NOT NULL,
    event_type     VARCHAR(120) NOT NULL,
    processed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Idempotency-Key of POST requests: the first answer is stored and replayed for a retry with the same key.
CREATE TABLE csi_idempotency_key (
    idempotency_key VARCHAR(200) NOT NULL,
    operation       VARCHAR(200) NOT NULL,
    request_hash    VARCHAR(64) NOT NULL,
    status          INT NOT NULL,
    location        VARCHAR(500),
    body            TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (idempotency_key, operation)
);
