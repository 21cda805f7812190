-- Initiatives: "What is the vision?"
CREATE TABLE initiative (
    id               UUID PRIMARY KEY,
    title            VARCHAR(200) NOT NULL,
    vision           TEXT NOT NULL,
    approach         TEXT,
    lifecycle_phase  VARCHAR(40) NOT NULL,
    services         JSONB NOT NULL,
    processes        JSONB NOT NULL,
    owner            VARCHAR(200),
    stakeholders     JSONB NOT NULL,
    review_cadence   VARCHAR(40),
    cycle            INT NOT NULL,
    status           VARCHAR(20) NOT NULL,
    version          BIGINT NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX initiative_status ON initiative (status);
CREATE INDEX initiative_owner ON initiative (owner);

-- One row per focus area, so initiatives can be filtered by focus area with plain SQL.
CREATE TABLE initiative_focus_area (
    initiative_id    UUID NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    focus_area       VARCHAR(40) NOT NULL,
    PRIMARY KEY (initiative_id, position)
);
CREATE INDEX initiative_focus_area_value ON initiative_focus_area (focus_area);
