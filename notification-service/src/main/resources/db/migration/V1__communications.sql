-- What notification-service knows about an initiative, projected from csi.initiative.created/updated.
CREATE TABLE initiative_projection (
    initiative_id  UUID PRIMARY KEY,
    title          VARCHAR(500) NOT NULL,
    owner          VARCHAR(320),
    details        JSONB NOT NULL,          -- the latest InitiativeDetails payload, for templates
    version        BIGINT NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);

-- The communication plan of one initiative: its audiences (name, kind, channel, event types wanted) as JSON.
CREATE TABLE communication_plan (
    initiative_id  UUID PRIMARY KEY,
    audiences      JSONB NOT NULL,
    version        BIGINT NOT NULL DEFAULT 0,
    updated_at     TIMESTAMPTZ NOT NULL
);

-- Communications composed from CSI events for an audience; one per (source event, audience).
CREATE TABLE communication (
    id                    UUID PRIMARY KEY,
    initiative_id         UUID,
    source_event_id       VARCHAR(200) NOT NULL,
    source_event_type     VARCHAR(120) NOT NULL,
    audience              VARCHAR(200) NOT NULL,
    audience_kind         VARCHAR(40) NOT NULL,
    channel               VARCHAR(20) NOT NULL,
    recipients            TEXT,
    subject               VARCHAR(500) NOT NULL,
    service_implications  TEXT NOT NULL,
    personnel_impact      TEXT NOT NULL,
    approach              TEXT NOT NULL,
    status                VARCHAR(20) NOT NULL,
    attempts              INT NOT NULL DEFAULT 0,
    last_error            TEXT,
    created_at            TIMESTAMPTZ NOT NULL,
    delivered_at          TIMESTAMPTZ,
    CONSTRAINT communication_once_per_audience UNIQUE (source_event_id, audience)
);
CREATE INDEX communication_initiative ON communication (initiative_id, created_at DESC);
CREATE INDEX communication_feed ON communication (audience, created_at DESC) WHERE channel = 'FEED';

-- Webhook subscriptions of integration teams: CSI events pushed as signed CloudEvents.
CREATE TABLE webhook_subscription (
    id                    UUID PRIMARY KEY,
    url                   VARCHAR(2000) NOT NULL,
    description           VARCHAR(500),
    event_types           JSONB NOT NULL,
    secret                VARCHAR(200) NOT NULL,
    enabled               BOOLEAN NOT NULL,
    consecutive_failures  INT NOT NULL DEFAULT 0,
    created_at            TIMESTAMPTZ NOT NULL,
    disabled_at           TIMESTAMPTZ
);

-- Every outgoing e-mail and webhook call, waiting or done: the worker claims due rows with FOR UPDATE SKIP LOCKED,
-- so nothing is lost on restart and several instances can share the work.
CREATE TABLE delivery (
    id                UUID PRIMARY KEY,
    communication_id  UUID REFERENCES communication (id),
    subscription_id   UUID REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    channel           VARCHAR(20) NOT NULL,
    target            TEXT NOT NULL,
    subject           VARCHAR(500),
    body              TEXT NOT NULL,
    event_id          VARCHAR(200) NOT NULL,
    event_type        VARCHAR(120) NOT NULL,
    status            VARCHAR(20) NOT NULL,
    attempts          INT NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMPTZ NOT NULL,
    last_status_code  INT,
    last_error        TEXT,
    created_at        TIMESTAMPTZ NOT NULL,
    last_attempt_at   TIMESTAMPTZ,
    delivered_at      TIMESTAMPTZ,
    CONSTRAINT delivery_once_per_subscription UNIQUE (subscription_id, event_id)
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_subscription ON delivery (subscription_id, created_at DESC);
