-- assessment-service: "Where are we now?" and the start of "How do we get there?" (platform tables come from db/platform).

-- Maturity assessments: one row per assessment, levels 0-5 per dimension; history per process is the rows over time.
CREATE TABLE maturity_assessment (
    id               UUID PRIMARY KEY,
    process          VARCHAR(200) NOT NULL,
    service          VARCHAR(200),
    model            VARCHAR(40) NOT NULL,
    assessment_type  VARCHAR(40) NOT NULL,
    assessor         VARCHAR(200),
    assessed_on      DATE NOT NULL,
    levels           JSONB NOT NULL,
    overall_level    INT NOT NULL CHECK (overall_level BETWEEN 0 AND 5),
    target_level     INT CHECK (target_level BETWEEN 0 AND 5),
    evidence         TEXT,
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX maturity_assessment_process ON maturity_assessment (process, assessed_on);
CREATE INDEX maturity_assessment_service ON maturity_assessment (service, assessed_on);

-- Practice inventory: what is really done per process, formal or not.
CREATE TABLE practice (
    id               UUID PRIMARY KEY,
    process          VARCHAR(200) NOT NULL,
    service          VARCHAR(200),
    name             VARCHAR(200) NOT NULL,
    formality        VARCHAR(20) NOT NULL,
    documented       BOOLEAN NOT NULL,
    owner            VARCHAR(200),
    tools            JSONB NOT NULL,
    notes            TEXT,
    version          BIGINT NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX practice_process ON practice (process);
CREATE INDEX practice_service ON practice (service);

-- KPI measurements (time series per service and KPI).
CREATE TABLE measurement (
    id               UUID PRIMARY KEY,
    kpi_key          VARCHAR(200) NOT NULL,
    service          VARCHAR(200) NOT NULL,
    value            NUMERIC(30, 10) NOT NULL,
    unit             VARCHAR(50),
    measured_at      TIMESTAMPTZ NOT NULL,
    source_system    VARCHAR(100) NOT NULL,
    source_id        VARCHAR(200),
    recorded_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX measurement_series ON measurement (service, kpi_key, measured_at);
-- A re-sent measurement (same source system and source id) is stored once.
CREATE UNIQUE INDEX measurement_source ON measurement (source_system, source_id) WHERE source_id IS NOT NULL;

-- Baselines: named snapshots of a service at a date.
CREATE TABLE baseline (
    id               UUID PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    service          VARCHAR(200) NOT NULL,
    as_of            DATE NOT NULL,
    kpis             JSONB NOT NULL,
    maturity         JSONB NOT NULL,
    practices        JSONB NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX baseline_service ON baseline (service, as_of);

-- Service Gap model: SERVQUAL responses of customers and of the provider.
CREATE TABLE perception_response (
    id               UUID PRIMARY KEY,
    service          VARCHAR(200) NOT NULL,
    respondent_type  VARCHAR(20) NOT NULL,
    respondent       VARCHAR(200),
    surveyed_on      DATE NOT NULL,
    ratings          JSONB NOT NULL,
    importance       JSONB,
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX perception_response_service ON perception_response (service, respondent_type);

-- Local projection of csi.objective.set (initiative-service owns objectives).
CREATE TABLE objective_projection (
    objective_id     UUID PRIMARY KEY,
    initiative_id    UUID NOT NULL,
    cycle            INT NOT NULL,
    name             VARCHAR(500) NOT NULL,
    kpi_key          VARCHAR(200) NOT NULL,
    service          VARCHAR(200) NOT NULL,
    unit             VARCHAR(50),
    baseline_value   NUMERIC(30, 10),
    target_value     NUMERIC(30, 10) NOT NULL,
    direction        VARCHAR(20) NOT NULL,
    tolerance        NUMERIC(30, 10),
    horizon          VARCHAR(20) NOT NULL,
    due_date         DATE,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX objective_projection_initiative ON objective_projection (initiative_id);
CREATE INDEX objective_projection_kpi ON objective_projection (service, kpi_key);

-- Local projection of csi.initiative.created/updated: focus areas and processes in scope for gap events.
CREATE TABLE initiative_projection (
    initiative_id    UUID PRIMARY KEY,
    title            VARCHAR(500),
    focus_areas      JSONB NOT NULL,
    services         JSONB NOT NULL,
    processes        JSONB NOT NULL,
    status           VARCHAR(20),
    version          BIGINT NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);

-- Open gaps: csi.gap.identified is emitted once per service, gap kind and subject until the gap closes.
CREATE TABLE open_gap (
    id               UUID PRIMARY KEY,
    service          VARCHAR(200) NOT NULL,
    gap_kind         VARCHAR(20) NOT NULL,
    subject          VARCHAR(300) NOT NULL,       -- dimension, process or objective id
    initiative_id    UUID,
    current_value    NUMERIC(30, 10) NOT NULL,
    target_value     NUMERIC(30, 10) NOT NULL,
    gap_size         NUMERIC(30, 10) NOT NULL,
    opened_at        TIMESTAMPTZ NOT NULL,
    closed_at        TIMESTAMPTZ
);
CREATE UNIQUE INDEX open_gap_one_open ON open_gap (service, gap_kind, subject) WHERE closed_at IS NULL;
