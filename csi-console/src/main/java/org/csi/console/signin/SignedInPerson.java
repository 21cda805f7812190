package org.csi.console.signin;

import jakarta.enterprise.context.RequestScoped;

/** The person of the current request, set by {@link SessionFilter} before any page runs. */
@RequestScoped
public class SignedInPerson {

    private Person person;

    void set(Person person) {
        this.person = person;
    }

    /** The person; pages only run once {@link SessionFilter} found one. */
    public Person get() {
        if (person == null) {
            throw new IllegalStateException("No one is signed in");
        }
        return person;
    }

    public boolean present() {
        return person != null;
    }
}
