package com.acuerdo.contact.api;

import com.acuerdo.contact.control.GuardReason;

/**
 * A guard reason as one readable line of the API, starting with its code (integrators match on the
 * code, people read the rest). Screens word the same codes from the resource bundles.
 */
final class ReasonText {

    private ReasonText() {}

    static String of(GuardReason reason) {
        return reason.code() + ": " + sentence(reason);
    }

    private static String sentence(GuardReason r) {
        return switch (r.code()) {
            case OUTSIDE_HOURS -> "it is " + r.param("localTime") + " in " + r.param("zone")
                    + "; contact is allowed from " + r.param("opens") + " to " + r.param("closes");
            case CLOSED_DAY -> "no contact on " + r.param("dayOfWeek") + " (" + r.param("date") + " in "
                    + r.param("zone") + ")";
            case HOLIDAY -> r.param("date") + " is a public holiday of the client's jurisdiction (" + r.param("zone")
                    + ")";
            case CALL_CAP -> r.param("count") + " calls or visits in the last " + r.param("days") + " days (at most "
                    + r.param("max") + ")";
            case DAILY_CAP -> r.param("count") + " contact(s) already that day (at most " + r.param("max") + ")";
            case WEEKLY_CAP -> r.param("count") + " contacts in the last " + r.param("days") + " days (at most "
                    + r.param("max") + ")";
            case AFTER_CONVERSATION -> "a telephone conversation on " + r.param("conversationOn") + "; no calls before "
                    + r.param("callsFrom");
            case WRITTEN_CAP -> r.param("count") + " written messages in the last " + r.param("days")
                    + " days (at most " + r.param("max") + ")";
            case WRITTEN_GAP -> "the last written message went on " + r.param("lastOn") + "; the next not before "
                    + r.param("nextOn");
            case NO_CONSENT -> "the client has not consented to " + r.param("channel");
            case OPTED_OUT -> "the client opted out of " + r.param("channel") + " on " + r.param("since");
            case CEASE_REQUESTED -> "the client asked on " + r.param("since") + " not to be contacted; "
                    + (r.param("confirmedOn") == null
                            ? "only the written confirmation is allowed"
                            : "the confirmation went out on " + r.param("confirmedOn"));
            case DISPUTED -> "the debt is disputed since " + r.param("since")
                    + (r.param("until") == null ? "" : " (until " + r.param("until") + ")")
                    + "; no collection contact until resolved";
            case PAUSED -> "hardship pause from " + r.param("from")
                    + (r.param("until") == null ? "" : " until " + r.param("until"));
            case THIRD_PARTY -> "never contact third parties (family, employer, references) about the debt";
            case CONFIRMATION_CHANNEL -> "a cease request is confirmed by letter or e-mail, not by "
                    + r.param("channel");
        };
    }
}
