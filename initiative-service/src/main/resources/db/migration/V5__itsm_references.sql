-- References from initiatives and objectives to records in ITSM tools (issue 17 part 4): element collections of
-- their owner (loaded and deleted with it), one table per owner kind with the same columns. The index on the record
-- serves the ?ref=system:type:id filter of the initiative list.
CREATE TABLE initiative_reference (
    initiative_id   UUID NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    position        INT NOT NULL,
    ref_system      VARCHAR(50) NOT NULL,                    -- servicenow, jira, ...
    ref_type        VARCHAR(20) NOT NULL,                    -- INCIDENT, PROBLEM, CHANGE, KNOWLEDGE, REQUEST, SURVEY
    record_id       VARCHAR(100) NOT NULL,                   -- PRB0040001
    url             VARCHAR(2000),
    title           VARCHAR(300),
    added_by        VARCHAR(200) NOT NULL,
    added_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (initiative_id, position)
);
CREATE INDEX initiative_reference_record ON initiative_reference (ref_system, ref_type, record_id);

CREATE TABLE objective_reference (
    objective_id    UUID NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    position        INT NOT NULL,
    ref_system      VARCHAR(50) NOT NULL,
    ref_type        VARCHAR(20) NOT NULL,
    record_id       VARCHAR(100) NOT NULL,
    url             VARCHAR(2000),
    title           VARCHAR(300),
    added_by        VARCHAR(200) NOT NULL,
    added_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (objective_id, position)
);
CREATE INDEX objective_reference_record ON objective_reference (ref_system, ref_type, record_id);
