-- Per-aggregate history (issue 12): who changed what, when; written in the transaction of the change (History).
-- Every service has the table with the platform's History; initiative-service and sip-service write to it.
-- root_id is the aggregate whose history shows the entry (an initiative for its objectives and checkpoints).
CREATE TABLE csi_history (
    id              UUID PRIMARY KEY,
    root_id         UUID NOT NULL,
    aggregate_type  VARCHAR(40) NOT NULL,
    aggregate_id    UUID NOT NULL,
    action          VARCHAR(40) NOT NULL,
    actor           VARCHAR(200) NOT NULL,
    on_behalf_of    VARCHAR(200),
    at              TIMESTAMPTZ NOT NULL,
    detail          TEXT
);
CREATE INDEX csi_history_root ON csi_history (root_id, at, id);
