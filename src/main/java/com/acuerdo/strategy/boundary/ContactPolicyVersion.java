package com.acuerdo.strategy.boundary;

import com.acuerdo.strategy.control.ContactPolicyDraft;
import java.time.LocalDate;

/** One stored version of a jurisdiction's contact policy and where it stands today. */
public record ContactPolicyVersion(ContactPolicyDraft policy, LocalDate effectiveFrom, VersionState state) {}
