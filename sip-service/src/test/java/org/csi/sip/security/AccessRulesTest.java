package org.csi.sip.security;

import org.csi.testkit.CsiStackTest;
import org.csi.testkit.security.AccessTable;
import org.csi.testkit.security.EndpointAccess;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every documented endpoint: 401 without a token, 403 for a role the README's table does not name. ITSM tools and
 * analysts may link records to SIPs and actions (the change an ITSM tool raised for an action, linked back).
 */
@QuarkusTest
@CsiStackTest("sip-service")
class AccessRulesTest {

    @Test
    void everyEndpointFollowsTheRoleTable() {
        EndpointAccess.assertEnforced(null, AccessTable.csiDefaults()
                .allow("POST", "/api/v1/sips/\\{[^}]+}/references", AccessTable.FEEDERS)
                .allow("POST", "/api/v1/sips/\\{[^}]+}/actions/\\{[^}]+}/references", AccessTable.FEEDERS));
    }
}
