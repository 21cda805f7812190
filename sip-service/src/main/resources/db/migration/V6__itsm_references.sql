-- References from SIPs and their actions to records in ITSM tools, and change requests of actions (issue 17 part 4).
-- References are element collections of their owner (loaded and deleted with it), one table per owner kind with the
-- same columns; the index on the record serves the ?ref=system:type:id filter of the SIP list.
CREATE TABLE sip_reference (
    sip_id          UUID NOT NULL REFERENCES sip (id) ON DELETE CASCADE,
    position        INT NOT NULL,
    ref_system      VARCHAR(50) NOT NULL,                    -- servicenow, jira, ...
    ref_type        VARCHAR(20) NOT NULL,                    -- INCIDENT, PROBLEM, CHANGE, KNOWLEDGE, REQUEST, SURVEY
    record_id       VARCHAR(100) NOT NULL,                   -- PRB0040001
    url             VARCHAR(2000),
    title           VARCHAR(300),
    added_by        VARCHAR(200) NOT NULL,
    added_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (sip_id, position)
);
CREATE INDEX sip_reference_record ON sip_reference (ref_system, ref_type, record_id);

CREATE TABLE sip_action_reference (
    action_id       UUID NOT NULL REFERENCES sip_action (id) ON DELETE CASCADE,
    position        INT NOT NULL,
    ref_system      VARCHAR(50) NOT NULL,
    ref_type        VARCHAR(20) NOT NULL,
    record_id       VARCHAR(100) NOT NULL,
    url             VARCHAR(2000),
    title           VARCHAR(300),
    added_by        VARCHAR(200) NOT NULL,
    added_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (action_id, position)
);
CREATE INDEX sip_action_reference_record ON sip_action_reference (ref_system, ref_type, record_id);

-- The latest change requested for an action (csi.change.requested); pending until a CHANGE reference is added after it.
ALTER TABLE sip_action ADD COLUMN change_request_id UUID;
ALTER TABLE sip_action ADD COLUMN change_requested_at TIMESTAMPTZ;
ALTER TABLE sip_action ADD COLUMN change_requested_by VARCHAR(200);
ALTER TABLE sip_action ADD COLUMN change_requested_on_behalf_of VARCHAR(200);
ALTER TABLE sip_action ADD COLUMN change_request_note TEXT;
