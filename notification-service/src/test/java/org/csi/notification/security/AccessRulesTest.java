package org.csi.notification.security;

import org.csi.testkit.CsiStackTest;
import org.csi.testkit.security.AccessTable;
import org.csi.testkit.security.EndpointAccess;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every documented endpoint: 401 without a token, 403 for a role the README's table does not name. The exception:
 * the unsubscribe link of e-mails is public (its signed token is the credential).
 */
@QuarkusTest
@CsiStackTest("notification-service")
class AccessRulesTest {

    @Test
    void everyEndpointFollowsTheRoleTable() {
        EndpointAccess.assertEnforced(null, AccessTable.csiDefaults()
                .open("GET", "/api/v1/unsubscribe")
                .open("POST", "/api/v1/unsubscribe"));
    }
}
