package com.acuerdo.tone.control;

import com.acuerdo.customer.entity.Language;
import com.acuerdo.tone.entity.ToneCategory;

/**
 * An expression of the list found in a text: {@code start} (inclusive) and {@code end} (exclusive)
 * are offsets into the ORIGINAL text, so a screen can highlight {@code found} exactly as written.
 */
public record ToneHit(String expression, ToneCategory category, Language language, int start, int end, String found) {}
