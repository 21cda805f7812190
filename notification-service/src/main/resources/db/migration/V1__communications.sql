-- Communications composed from CSI events for an audience; one per (source event, audience).
CREATE TABLE communication (
    id                    UUID PRIMARY KEY,
    initiative_id         UUID,
    source_event_id       VARCHAR(200) NOT NULL,
    source_event_type     VARCHAR(120) NOT NULL,
    audience              VARCHAR(200) NOT NULL,
    channel               VARCHAR(20) NOT NULL,
    subject               VARCHAR(500) NOT NULL,
    service_implications  TEXT NOT NULL,
    personnel_impact      TEXT NOT NULL,
    approach              TEXT NOT NULL,
    status                VARCHAR(20) NOT NULL,
    attempts              INT NOT NULL DEFAULT 0,
    created_at            TIMESTAMPTZ NOT NULL,
    delivered_at          TIMESTAMPTZ,
    CONSTRAINT communication_once_per_audience UNIQUE (source_event_id, audience)
);
CREATE INDEX communication_initiative ON communication (initiative_id, created_at DESC);
