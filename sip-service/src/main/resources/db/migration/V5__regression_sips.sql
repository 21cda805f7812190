-- Regression SIPs (issue 17 part 3): drafted from csi.target.regressed, linked to the objective's earlier SIP.
ALTER TABLE sip ADD COLUMN previous_sip_id UUID;
-- Which regression of the objective's watch an occurrence answers: one effect per regression, even when the producer
-- re-publishes it under a new ce_id.
ALTER TABLE sip_occurrence ADD COLUMN regression INT;
CREATE UNIQUE INDEX sip_occurrence_one_per_regression ON sip_occurrence (objective_id, regression)
    WHERE kind = 'REGRESSION';

-- Objectives that reached their target at a review (from csi.target.achieved). After success (this, or a completed SIP
-- of the objective) a KPI gap of the objective drafts no SIP: initiative-service's regression watch judges whether the
-- KPI really slid back (N values or a window) and a regression drafts a REGRESSION SIP.
CREATE TABLE achieved_objective (
    objective_id  UUID PRIMARY KEY,
    achieved_at   TIMESTAMPTZ NOT NULL
);
