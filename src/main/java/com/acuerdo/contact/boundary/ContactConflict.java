package com.acuerdo.contact.boundary;

/** The state of the case or restriction does not allow this now (no open case, already lifted). */
public class ContactConflict extends ContactProblem {

    public ContactConflict(String reason) {
        super(reason);
    }
}
