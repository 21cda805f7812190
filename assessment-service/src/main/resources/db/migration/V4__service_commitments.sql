-- Service Gap model, gaps 2-4 (issue 17): per service, the levels design specified (SPECIFICATION) and the levels
-- communicated to customers (PROMISE), each a set replaced as a whole (JSON list of levels per dimension or KPI).
CREATE TABLE service_commitment (
    id                    UUID PRIMARY KEY,
    service               VARCHAR(200) NOT NULL,
    kind                  VARCHAR(20) NOT NULL,
    levels                JSONB NOT NULL,
    version               BIGINT NOT NULL,
    updated_by            VARCHAR(200) NOT NULL,
    updated_on_behalf_of  VARCHAR(200),
    updated_at            TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX service_commitment_one ON service_commitment (service, kind);
