-- Service Improvement Plans: "How do we get there?" (platform tables come from db/platform).
CREATE TABLE sip (
    id                      UUID PRIMARY KEY,
    title                   VARCHAR(300) NOT NULL,
    description             TEXT,
    origin                  VARCHAR(20) NOT NULL,            -- TARGET_MISSED, GAP_IDENTIFIED, MANUAL
    origin_event_id         UUID,                            -- ce_id of the triggering event; null for MANUAL
    gap_kind                VARCHAR(20),                     -- KPI, MATURITY, SERVICE_GAP_1, SERVICE_GAP_5
    initiative_id           UUID,
    initiative_title        VARCHAR(300),
    cycle                   INT,
    objective_id            UUID,
    focus_areas             JSONB NOT NULL,
    service                 VARCHAR(200) NOT NULL,
    process                 VARCHAR(200),
    kpi_key                 VARCHAR(200),
    dimension               VARCHAR(200),
    unit                    VARCHAR(50),
    baseline_value          NUMERIC(19, 6),
    target_value            NUMERIC(19, 6),
    actual_value            NUMERIC(19, 6),
    gap_size                NUMERIC(19, 6),
    direction               VARCHAR(20),
    owner                   VARCHAR(200) NOT NULL,
    priority                VARCHAR(10) NOT NULL,
    expected_benefit        TEXT,
    target_completion_date  DATE,
    status                  VARCHAR(20) NOT NULL,
    approved_by             VARCHAR(200),
    result_note             TEXT,
    version                 BIGINT NOT NULL,
    created_at              TIMESTAMPTZ NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL
);
CREATE INDEX sip_status ON sip (status);
CREATE INDEX sip_initiative ON sip (initiative_id);
CREATE INDEX sip_service ON sip (service);
CREATE INDEX sip_owner ON sip (owner);
-- At most one open SIP per objective: a later miss becomes an occurrence of that SIP, and two instances drafting the
-- first miss of an objective at once cannot both win.
CREATE UNIQUE INDEX sip_one_open_per_objective ON sip (objective_id)
    WHERE objective_id IS NOT NULL AND status NOT IN ('COMPLETED', 'CANCELLED');

-- Every trigger a SIP answers: the miss or gap it was drafted from, and later misses of the same objective.
CREATE TABLE sip_occurrence (
    id              UUID PRIMARY KEY,
    sip_id          UUID NOT NULL REFERENCES sip (id) ON DELETE CASCADE,
    kind            VARCHAR(20) NOT NULL,                    -- TARGET_MISSED or GAP_IDENTIFIED
    origin_event_id UUID NOT NULL,
    objective_id    UUID,
    checkpoint_id   UUID,
    gap_id          UUID,
    actual_value    NUMERIC(19, 6),
    target_value    NUMERIC(19, 6),
    gap_size        NUMERIC(19, 6),
    observed_at     TIMESTAMPTZ NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    -- Exactly one effect per trigger, even when the producer re-publishes the same fact under a new ce_id.
    CONSTRAINT sip_occurrence_one_per_miss UNIQUE (objective_id, checkpoint_id),
    CONSTRAINT sip_occurrence_one_per_gap UNIQUE (gap_id)
);
CREATE INDEX sip_occurrence_sip ON sip_occurrence (sip_id);

CREATE TABLE sip_action (
    id              UUID PRIMARY KEY,
    sip_id          UUID NOT NULL REFERENCES sip (id) ON DELETE CASCADE,
    position        INT NOT NULL,
    description     TEXT NOT NULL,
    owner           VARCHAR(200) NOT NULL,
    due_date        DATE,
    status          VARCHAR(10) NOT NULL,                    -- OPEN, DONE, DROPPED
    note            TEXT,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX sip_action_sip ON sip_action (sip_id);
CREATE INDEX sip_action_open_due ON sip_action (due_date) WHERE status = 'OPEN';

-- Who moved a SIP from which status to which, and when.
CREATE TABLE sip_transition (
    id              UUID PRIMARY KEY,
    sip_id          UUID NOT NULL REFERENCES sip (id) ON DELETE CASCADE,
    from_status     VARCHAR(20),
    to_status       VARCHAR(20) NOT NULL,
    by_whom         VARCHAR(200) NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    note            TEXT
);
CREATE INDEX sip_transition_sip ON sip_transition (sip_id, at);

-- Local projection of initiative-service's csi.initiative.created/updated: what a gap draft needs to know about its
-- initiative (title, owner, focus areas, cycle). Services never read each other's databases.
CREATE TABLE initiative_projection (
    id              UUID PRIMARY KEY,
    title           VARCHAR(300) NOT NULL,
    owner           VARCHAR(200),
    focus_areas     JSONB NOT NULL,
    cycle           INT NOT NULL,
    source_version  BIGINT NOT NULL,                         -- the initiative's version in the event
    updated_at      TIMESTAMPTZ NOT NULL
);
