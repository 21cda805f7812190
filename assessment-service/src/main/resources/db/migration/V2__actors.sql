-- Actors come from the caller's token (issue 12). The assessor of a maturity assessment is the caller who recorded
-- it (a csi-admin may record on behalf of the assessor: assessor is then the admin, this the person). A perception
-- response keeps respondent as the survey's label of who answered, and records who entered it.
ALTER TABLE maturity_assessment ADD COLUMN assessor_on_behalf_of VARCHAR(200);
ALTER TABLE perception_response ADD COLUMN recorded_by VARCHAR(200);
