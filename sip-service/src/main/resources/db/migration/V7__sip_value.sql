-- Value (issue 17): typed expected benefits, cost and effort of a SIP, and the benefits realised at completion.
ALTER TABLE sip ADD COLUMN expected_benefits JSONB;
ALTER TABLE sip ADD COLUMN realised_benefits JSONB;
ALTER TABLE sip ADD COLUMN cost_amount NUMERIC(19, 4);
ALTER TABLE sip ADD COLUMN cost_currency VARCHAR(3);
ALTER TABLE sip ADD COLUMN effort_person_days NUMERIC(12, 2);
