package com.acuerdo.intake.entity;

/** How a file came in: sent to the API or the jobs page, or found in the inbox folder at night. */
public enum ImportSource {
    UPLOAD,
    INBOX
}
