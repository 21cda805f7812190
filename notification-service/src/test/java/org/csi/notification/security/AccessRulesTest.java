package org.csi.notification.security;

import org.csi.stack.CsiStackTest;
import org.csi.stack.security.AccessTable;
import org.csi.stack.security.EndpointAccess;
import org.csi.stack.security.NoDefaultToken;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every documented endpoint: 401 without a token, 403 for a role the README's table does not name. */
@QuarkusTest
@NoDefaultToken
@CsiStackTest("notification-service")
class AccessRulesTest {

    @Test
    void everyEndpointFollowsTheRoleTable() {
        EndpointAccess.assertEnforced(null, AccessTable.csiDefaults());
    }
}
