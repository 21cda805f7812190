package org.csi.console.signin;

import java.util.Set;

/**
 * The signed-in person: who they are, the roles their token carries, and the token itself, which the console passes
 * on to the services unchanged, so the services' role table and recorded actors stay those of the person.
 */
public record Person(String name, Set<String> roles, String accessToken) {

    public String authorization() {
        return "Bearer " + accessToken;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** csi-admin and csi-manager change initiatives and SIPs; the others read. */
    public boolean canManage() {
        return has("csi-admin") || has("csi-manager");
    }

    public boolean isAdmin() {
        return has("csi-admin");
    }

    /** The role shown beside the name: the strongest one held. */
    public String mainRole() {
        for (String role : LocalSignIn.ROLES) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return roles.isEmpty() ? "no role" : roles.iterator().next();
    }
}
