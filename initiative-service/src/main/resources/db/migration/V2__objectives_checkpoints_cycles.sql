-- Cycles: "How do we keep the momentum going?" One row per cycle, so earlier visions stay readable.
CREATE TABLE initiative_cycle (
    initiative_id    UUID NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    cycle            INT NOT NULL,
    vision           TEXT NOT NULL,
    started_at       TIMESTAMPTZ NOT NULL,
    ended_at         TIMESTAMPTZ,
    PRIMARY KEY (initiative_id, cycle)
);

-- Objectives: "Where do we want to be?" Measurable targets of one cycle.
CREATE TABLE objective (
    id                 UUID PRIMARY KEY,
    initiative_id      UUID NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    cycle              INT NOT NULL,
    name               VARCHAR(200) NOT NULL,
    kpi_key            VARCHAR(200) NOT NULL,
    service            VARCHAR(200) NOT NULL,
    unit               VARCHAR(50),
    baseline_value     NUMERIC(19, 6),
    target_value       NUMERIC(19, 6) NOT NULL,
    direction          VARCHAR(20) NOT NULL,
    tolerance          NUMERIC(19, 6) NOT NULL,
    horizon            VARCHAR(20) NOT NULL,
    due_date           DATE,
    carried_over_from  UUID REFERENCES objective (id),
    status             VARCHAR(20) NOT NULL,
    last_actual_value  NUMERIC(19, 6),
    last_reviewed_at   TIMESTAMPTZ,
    created_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX objective_initiative_cycle ON objective (initiative_id, cycle);

-- Latest measurements: local projection of csi.measurement.recorded, so reviews never call assessment-service.
CREATE TABLE latest_measurement (
    kpi_key          VARCHAR(200) NOT NULL,
    service          VARCHAR(200) NOT NULL,
    value            NUMERIC(19, 6) NOT NULL,
    unit             VARCHAR(50),
    measured_at      TIMESTAMPTZ NOT NULL,
    measurement_id   UUID NOT NULL,
    source_system    VARCHAR(200),
    received_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kpi_key, service)
);

-- Checkpoints: "Did we get there?" Scheduled from the review cadence or created explicitly.
CREATE TABLE checkpoint (
    id               UUID PRIMARY KEY,
    initiative_id    UUID NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    cycle            INT NOT NULL,
    origin           VARCHAR(20) NOT NULL,
    due_at           TIMESTAMPTZ NOT NULL,
    status           VARCHAR(20) NOT NULL,
    note             TEXT,
    reviewed_at      TIMESTAMPTZ,
    reviewed_by      VARCHAR(200),
    went_well        TEXT,
    went_wrong       TEXT,
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX checkpoint_initiative ON checkpoint (initiative_id, cycle);
-- What the scheduler scans: pending checkpoints by due time.
CREATE INDEX checkpoint_pending_due ON checkpoint (due_at) WHERE status = 'PENDING';

-- One judged objective per reviewed checkpoint (a copy, so history survives later changes).
CREATE TABLE checkpoint_result (
    checkpoint_id    UUID NOT NULL REFERENCES checkpoint (id) ON DELETE CASCADE,
    objective_id     UUID NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    objective_name   VARCHAR(200) NOT NULL,
    kpi_key          VARCHAR(200) NOT NULL,
    service          VARCHAR(200) NOT NULL,
    baseline_value   NUMERIC(19, 6),
    target_value     NUMERIC(19, 6) NOT NULL,
    tolerance        NUMERIC(19, 6) NOT NULL,
    direction        VARCHAR(20) NOT NULL,
    actual_value     NUMERIC(19, 6),
    measured_at      TIMESTAMPTZ,
    status           VARCHAR(20) NOT NULL,
    PRIMARY KEY (checkpoint_id, objective_id)
);
CREATE INDEX checkpoint_result_objective ON checkpoint_result (objective_id);

-- SIP outcomes: local projection of csi.sip.* events that name an objective of this service.
CREATE TABLE objective_sip (
    objective_id     UUID NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    sip_id           UUID NOT NULL,
    title            VARCHAR(500),
    status           VARCHAR(20) NOT NULL,
    changed_by       VARCHAR(200),
    changed_at       TIMESTAMPTZ NOT NULL,
    note             TEXT,
    PRIMARY KEY (objective_id, sip_id)
);
