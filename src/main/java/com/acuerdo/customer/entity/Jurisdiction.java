package com.acuerdo.customer.entity;

/** Chooses the contact policy that protects the client (DESIGN.md, "Contact rules"). */
public enum Jurisdiction {
    US,
    MX,
    CO,
    CL,
    DEFAULT
}
