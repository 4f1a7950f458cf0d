package com.acuerdo.message.boundary;

/** A printable letter (PDF) and the LETTER contact recorded for it. */
public record Letter(String fileName, byte[] pdf, long contactId) {}
