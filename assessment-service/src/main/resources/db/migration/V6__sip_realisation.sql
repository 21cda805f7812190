-- Value (issue 17): completed SIPs whose benefit is re-measured from their KPI (before vs after), from csi.sip.completed.
CREATE TABLE sip_realisation (
    sip_id               UUID PRIMARY KEY,
    initiative_id        UUID,
    objective_id         UUID,
    title                VARCHAR(500),
    service              VARCHAR(200) NOT NULL,
    kpi_key              VARCHAR(200) NOT NULL,
    direction            VARCHAR(20) NOT NULL,
    baseline_value       NUMERIC(19, 6),
    target_value         NUMERIC(19, 6) NOT NULL,
    approved_at          TIMESTAMPTZ,
    completed_at         TIMESTAMPTZ NOT NULL,
    realised_benefits    JSONB,
    cost_amount          NUMERIC(19, 4),
    cost_currency        VARCHAR(3),
    last_effectiveness   NUMERIC(12, 4),
    last_measured_at     TIMESTAMPTZ,
    received_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX sip_realisation_initiative ON sip_realisation (initiative_id);
