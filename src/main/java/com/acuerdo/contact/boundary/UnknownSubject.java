package com.acuerdo.contact.boundary;

/** No such account, case, contact or restriction. */
public class UnknownSubject extends ContactProblem {

    public UnknownSubject(String what) {
        super(what);
    }
}
