package org.csi.initiative.security;

import org.csi.testkit.CsiStackTest;
import org.csi.testkit.security.AccessTable;
import org.csi.testkit.security.EndpointAccess;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every documented endpoint: 401 without a token, 403 for a role the README's table does not name. Every role may
 * submit an improvement idea and vote for one; ITSM tools and analysts may link records to initiatives and objectives.
 */
@QuarkusTest
@CsiStackTest("initiative-service")
class AccessRulesTest {

    @Test
    void everyEndpointFollowsTheRoleTable() {
        EndpointAccess.assertEnforced(null, AccessTable.csiDefaults()
                .allow("POST", "/api/v1/ideas", AccessTable.EVERYONE)
                .allow("POST", "/api/v1/ideas/\\{[^}]+}/votes", AccessTable.EVERYONE)
                .allow("POST", "/api/v1/initiatives/\\{[^}]+}/references", AccessTable.FEEDERS)
                .allow("POST", "/api/v1/initiatives/\\{[^}]+}/objectives/\\{[^}]+}/references", AccessTable.FEEDERS));
    }
}
