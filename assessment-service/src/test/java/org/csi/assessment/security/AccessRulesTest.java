package org.csi.assessment.security;

import org.csi.testkit.CsiStackTest;
import org.csi.testkit.security.AccessTable;
import org.csi.testkit.security.EndpointAccess;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every documented endpoint: 401 without a token, 403 for a role the README's table does not name. ITSM tools
 * (csi-integration) and analysts send measurements; analysts record assessments, practices, baselines and surveys.
 */
@QuarkusTest
@CsiStackTest("assessment-service")
class AccessRulesTest {

    @Test
    void everyEndpointFollowsTheRoleTable() {
        EndpointAccess.assertEnforced(null, AccessTable.csiDefaults()
                .allow("POST", "/api/v1/measurements(/bulk)?", AccessTable.FEEDERS)
                .allow("POST", "/api/v1/(maturity-assessments|practices|baselines)", AccessTable.ANALYSTS)
                .allow("PUT", "/api/v1/practices/\\{[^}]+}", AccessTable.ANALYSTS)
                .allow("POST", "/api/v1/services/\\{[^}]+}/perception-responses", AccessTable.ANALYSTS));
    }
}
