-- Value (issue 17): an initiative's typed expected benefits and how it closed; the value of the SIPs projected per
-- objective (expected and realised benefits, cost, effort, and the re-measured effectiveness from assessment-service).
ALTER TABLE initiative ADD COLUMN expected_benefits JSONB;
ALTER TABLE initiative ADD COLUMN outcome VARCHAR(20);
ALTER TABLE initiative ADD COLUMN outcome_category VARCHAR(40);

ALTER TABLE objective_sip ADD COLUMN initiative_id UUID;
ALTER TABLE objective_sip ADD COLUMN expected_benefits JSONB;
ALTER TABLE objective_sip ADD COLUMN realised_benefits JSONB;
ALTER TABLE objective_sip ADD COLUMN cost_amount NUMERIC(19, 4);
ALTER TABLE objective_sip ADD COLUMN cost_currency VARCHAR(3);
ALTER TABLE objective_sip ADD COLUMN effort_person_days NUMERIC(12, 2);
ALTER TABLE objective_sip ADD COLUMN effectiveness NUMERIC(12, 4);
ALTER TABLE objective_sip ADD COLUMN effectiveness_measured_at TIMESTAMPTZ;
CREATE INDEX objective_sip_initiative ON objective_sip (initiative_id);
