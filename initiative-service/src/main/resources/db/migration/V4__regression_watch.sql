-- Regression watch (issue 17 part 3): once an objective is achieved or a SIP for it completed, its KPI stays watched,
-- and csi.target.regressed is emitted once per slide back outside the tolerance.

-- Per objective, how a slide is judged; null = the service's defaults (csi.regression.*).
ALTER TABLE objective ADD COLUMN regression_consecutive_values INT;
ALTER TABLE objective ADD COLUMN regression_window VARCHAR(40);

-- One watch per watched objective. kpi_key and service are copied from the objective so that the lookup a measurement
-- makes is one index read on this (small) table.
CREATE TABLE regression_watch (
    objective_id      UUID PRIMARY KEY REFERENCES objective (id) ON DELETE CASCADE,
    initiative_id     UUID NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    kpi_key           VARCHAR(200) NOT NULL,
    service           VARCHAR(200) NOT NULL,
    state             VARCHAR(20) NOT NULL,
    started_by        VARCHAR(20) NOT NULL,
    started_at        TIMESTAMPTZ NOT NULL,
    sip_id            UUID,
    last_value        NUMERIC(19, 6),
    last_measured_at  TIMESTAMPTZ,
    values_outside    INT NOT NULL DEFAULT 0,
    outside_since     TIMESTAMPTZ,
    regressions       INT NOT NULL DEFAULT 0,
    last_regressed_at TIMESTAMPTZ,
    judged_by         VARCHAR(20),
    recovered_at      TIMESTAMPTZ
);
CREATE INDEX regression_watch_kpi ON regression_watch (kpi_key, service);
