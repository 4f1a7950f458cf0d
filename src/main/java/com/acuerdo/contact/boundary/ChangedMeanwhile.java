package com.acuerdo.contact.boundary;

/** The case changed since the caller read it (someone else saved on it): reload, then try again. */
public class ChangedMeanwhile extends ContactProblem {

    public ChangedMeanwhile(String reason) {
        super(reason);
    }
}
