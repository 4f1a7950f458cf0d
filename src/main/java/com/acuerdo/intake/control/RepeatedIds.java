package com.acuerdo.intake.control;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The ids that come more than once in a stream of a million or more (a payments file), found while
 * it is read and in little memory: each id's 64-bit hash in an open-addressing table, and the text
 * only of an id whose hash was seen before. Two different ids with one hash (about one chance in
 * 10^7 for a million ids) only add an id that is not repeated, which the payments decision treats
 * like any other.
 */
public final class RepeatedIds {

    private long[] slots = new long[1 << 16];
    private int used;
    private final Set<String> repeated = new LinkedHashSet<>();

    public void add(String id) {
        if (!insert(hash(id))) {
            repeated.add(id);
        }
    }

    /** The ids seen at least twice, in the order their second time came. */
    public Set<String> repeated() {
        return repeated;
    }

    /** @return false when the hash was there already */
    private boolean insert(long hash) {
        if (used * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int i = (int) (hash ^ (hash >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == 0) {
                slots[i] = hash;
                used++;
                return true;
            }
            if (slots[i] == hash) {
                return false;
            }
        }
    }

    private void grow() {
        var old = slots;
        slots = new long[old.length * 2];
        used = 0;
        for (long hash : old) {
            if (hash != 0) {
                insert(hash);
            }
        }
    }

    /** FNV-1a over the characters, mixed; never 0 (the empty slot). */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
