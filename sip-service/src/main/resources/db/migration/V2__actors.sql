-- Actors come from the caller's token (issue 12): who raised a SIP by hand, and on whose behalf a csi-admin acted.
ALTER TABLE sip ADD COLUMN created_by VARCHAR(200);
ALTER TABLE sip ADD COLUMN created_on_behalf_of VARCHAR(200);
ALTER TABLE sip ADD COLUMN approved_on_behalf_of VARCHAR(200);
ALTER TABLE sip_transition ADD COLUMN on_behalf_of VARCHAR(200);
