package com.acuerdo.contact.control;

import static com.acuerdo.contact.control.ReasonCode.AFTER_CONVERSATION;
import static com.acuerdo.contact.control.ReasonCode.CALL_CAP;
import static com.acuerdo.contact.control.ReasonCode.CEASE_REQUESTED;
import static com.acuerdo.contact.control.ReasonCode.CLOSED_DAY;
import static com.acuerdo.contact.control.ReasonCode.CONFIRMATION_CHANNEL;
import static com.acuerdo.contact.control.ReasonCode.DAILY_CAP;
import static com.acuerdo.contact.control.ReasonCode.DISPUTED;
import static com.acuerdo.contact.control.ReasonCode.HOLIDAY;
import static com.acuerdo.contact.control.ReasonCode.NO_CONSENT;
import static com.acuerdo.contact.control.ReasonCode.OPTED_OUT;
import static com.acuerdo.contact.control.ReasonCode.OUTSIDE_HOURS;
import static com.acuerdo.contact.control.ReasonCode.PAUSED;
import static com.acuerdo.contact.control.ReasonCode.THIRD_PARTY;
import static com.acuerdo.contact.control.ReasonCode.WEEKLY_CAP;
import static com.acuerdo.contact.control.ReasonCode.WRITTEN_CAP;
import static com.acuerdo.contact.control.ReasonCode.WRITTEN_GAP;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.ContactPurpose;
import com.acuerdo.contact.entity.RestrictionType;
import com.acuerdo.contact.entity.RollingCap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The contact rules of DESIGN.md ("Contact rules the system enforces") applied to one outbound
 * contact: every rule kind is here, every figure comes from the {@link
 * com.acuerdo.contact.entity.ContactPolicy} in force. Times are the client's wall-clock time, days
 * are calendar days in the client's zone, "a week" is 7 consecutive days ending on the day of the
 * contact. Inbound contacts are not the guard's business: the client may always call us.
 *
 * <p>Every rule that fails is reported, not only the first. The next allowed instant is searched
 * day by day: each rule except the hours depends only on the calendar day, so the candidate of a
 * day is the opening of its window (or the asked instant itself on the first day).
 */
public final class ContactGuard {

    /** How far ahead the next allowed instant is searched; beyond it the answer is "none". */
    public static final int SEARCH_DAYS = 60;

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public GuardDecision decide(ContactSituation situation, ContactIntent intent) {
        var reasons = reasonsAt(situation, intent, intent.at());
        if (reasons.isEmpty()) {
            return GuardDecision.allowedAt(intent.at());
        }
        var never = reasons.stream().anyMatch(reason -> reason.code().isTimeless());
        return GuardDecision.refused(reasons, never ? null : nextAllowed(situation, intent));
    }

    private Instant nextAllowed(ContactSituation situation, ContactIntent intent) {
        var zone = situation.zone();
        var firstDay = intent.at().atZone(zone).toLocalDate();
        for (int offset = 0; offset <= SEARCH_DAYS; offset++) {
            var day = firstDay.plusDays(offset);
            var window = situation.policy().windowOn(day.getDayOfWeek());
            if (window.isEmpty()) {
                continue;
            }
            // A window opening in a daylight-saving gap starts at the first valid moment after it.
            var opening = ZonedDateTime.of(day, window.get().start(), zone).toInstant();
            var candidate = offset == 0 && intent.at().isAfter(opening) ? intent.at() : opening;
            if (reasonsAt(situation, intent, candidate).isEmpty()) {
                return candidate;
            }
        }
        return null;
    }

    /** Every rule that forbids the intended contact at this instant. */
    List<GuardReason> reasonsAt(ContactSituation situation, ContactIntent intent, Instant at) {
        var local = at.atZone(situation.zone());
        var day = local.toLocalDate();
        var channel = intent.channel();
        var reasons = new ArrayList<GuardReason>();

        if (intent.recipient() == Recipient.THIRD_PARTY) {
            reasons.add(GuardReason.of(THIRD_PARTY));
        }
        var confirmation = intent.purpose().isConfirmationChannel(channel);
        if (intent.purpose() == ContactPurpose.CEASE_CONFIRMATION && !confirmation) {
            reasons.add(GuardReason.of(CONFIRMATION_CHANNEL, "channel", channel));
        }
        restrictionReasons(situation, day, channel, confirmation, reasons);
        if (channel.isWritten()
                && situation.policy().writtenChannelsNeedConsent()
                && !situation.hasConsentFor(channel)) {
            reasons.add(GuardReason.of(NO_CONSENT, "channel", channel));
        }
        hourReasons(situation, local, reasons);
        // The confirmation of a cease request is owed to the client: no cap delays it.
        if (!confirmation) {
            capReasons(situation, day, channel, reasons);
        }
        return reasons;
    }

    private void restrictionReasons(
            ContactSituation situation,
            LocalDate day,
            Channel channel,
            boolean confirmation,
            List<GuardReason> reasons) {
        var active = situation.restrictions().stream()
                .filter(restriction -> restriction.isActiveOn(day))
                .sorted(Comparator.comparing(ActiveRestriction::from))
                .toList();
        firstOf(active, RestrictionType.CEASE).ifPresent(cease -> {
            if (!confirmation) {
                reasons.add(GuardReason.of(CEASE_REQUESTED, "since", cease.from()));
            } else {
                // Nothing but THE confirmation: once it went out, the cease request is complete.
                situation.history().stream()
                        .filter(PastContact::counts)
                        .filter(past -> past.purpose() == ContactPurpose.CEASE_CONFIRMATION)
                        .map(past -> past.at().atZone(situation.zone()).toLocalDate())
                        .filter(sent -> !sent.isBefore(cease.from()) && !sent.isAfter(day))
                        .findFirst()
                        .ifPresent(sent -> reasons.add(
                                GuardReason.of(CEASE_REQUESTED, "since", cease.from(), "confirmedOn", sent)));
            }
        });
        if (!confirmation) {
            firstOf(active, RestrictionType.DISPUTE)
                    .ifPresent(dispute ->
                            reasons.add(withUntil(GuardReason.of(DISPUTED, "since", dispute.from()), dispute)));
            firstOf(active, RestrictionType.PAUSE)
                    .ifPresent(pause -> reasons.add(withUntil(GuardReason.of(PAUSED, "from", pause.from()), pause)));
        }
        optOutOf(channel)
                .flatMap(type -> firstOf(active, type))
                .ifPresent(
                        optOut -> reasons.add(GuardReason.of(OPTED_OUT, "channel", channel, "since", optOut.from())));
    }

    private static GuardReason withUntil(GuardReason reason, ActiveRestriction restriction) {
        if (restriction.until() == null) {
            return reason;
        }
        var params = new java.util.LinkedHashMap<>(reason.params());
        params.put("until", restriction.until().toString());
        return new GuardReason(reason.code(), params);
    }

    private static Optional<ActiveRestriction> firstOf(List<ActiveRestriction> active, RestrictionType type) {
        return active.stream().filter(restriction -> restriction.type() == type).findFirst();
    }

    private static Optional<RestrictionType> optOutOf(Channel channel) {
        return switch (channel) {
            case CALL -> Optional.of(RestrictionType.NO_CALL);
            case SMS -> Optional.of(RestrictionType.NO_SMS);
            case EMAIL -> Optional.of(RestrictionType.NO_EMAIL);
            default -> Optional.empty();
        };
    }

    private void hourReasons(ContactSituation situation, ZonedDateTime local, List<GuardReason> reasons) {
        var policy = situation.policy();
        var day = local.toLocalDate();
        var zone = situation.zone().getId();
        if (policy.isClosedOnPublicHolidays() && situation.holidays().contains(day)) {
            reasons.add(GuardReason.of(HOLIDAY, "zone", zone, "date", day));
            return;
        }
        var window = policy.windowOn(day.getDayOfWeek());
        if (window.isEmpty()) {
            reasons.add(GuardReason.of(CLOSED_DAY, "zone", zone, "date", day, "dayOfWeek", day.getDayOfWeek()));
        } else if (!window.get().contains(local.toLocalTime())) {
            reasons.add(GuardReason.of(
                    OUTSIDE_HOURS,
                    "zone",
                    zone,
                    "localTime",
                    HH_MM.format(local),
                    "opens",
                    HH_MM.format(window.get().start()),
                    "closes",
                    HH_MM.format(window.get().end())));
        }
    }

    private void capReasons(ContactSituation situation, LocalDate day, Channel channel, List<GuardReason> reasons) {
        var policy = situation.policy();
        var zone = situation.zone();
        var made = situation.history().stream()
                .filter(PastContact::counts)
                .filter(past -> !dayOf(past, situation).isAfter(day))
                .toList();

        if (channel.isInPerson()) {
            policy.callAttemptCap().ifPresent(cap -> overCap(
                            CALL_CAP, cap, day, made, past -> past.channel().isInPerson(), situation)
                    .ifPresent(reasons::add));
            // Quiet days after a conversation keep the agent from calling or visiting (DESIGN.md: "no call").
            made.stream()
                    .filter(PastContact::isConversation)
                    .map(past -> past.at().atZone(zone).toLocalDate())
                    .max(Comparator.naturalOrder())
                    .filter(conversationDay -> !policy.allowsCallOn(day, conversationDay))
                    .ifPresent(conversationDay -> reasons.add(GuardReason.of(
                            AFTER_CONVERSATION,
                            "conversationOn",
                            conversationDay,
                            "callsFrom",
                            policy.firstCallDayAfterConversation(conversationDay))));
        }
        policy.contactsPerDayCap().ifPresent(cap -> overCap(DAILY_CAP, cap, day, made, past -> true, situation)
                .ifPresent(reasons::add));
        policy.contactsPerWeekCap().ifPresent(cap -> overCap(WEEKLY_CAP, cap, day, made, past -> true, situation)
                .ifPresent(reasons::add));
        if (channel.isWritten()) {
            Predicate<PastContact> written = past -> past.channel().isWritten();
            policy.writtenPerWeekCap().ifPresent(cap -> overCap(WRITTEN_CAP, cap, day, made, written, situation)
                    .ifPresent(reasons::add));
            made.stream()
                    .filter(written)
                    .map(past -> dayOf(past, situation))
                    .max(Comparator.naturalOrder())
                    .filter(lastDay -> day.isBefore(policy.firstWrittenDayAfter(lastDay)))
                    .ifPresent(lastDay -> reasons.add(GuardReason.of(
                            WRITTEN_GAP, "lastOn", lastDay, "nextOn", policy.firstWrittenDayAfter(lastDay))));
        }
    }

    private static Optional<GuardReason> overCap(
            ReasonCode code,
            RollingCap cap,
            LocalDate day,
            List<PastContact> made,
            Predicate<PastContact> kind,
            ContactSituation situation) {
        var from = cap.windowStart(day);
        int count = (int) made.stream()
                .filter(kind)
                .filter(past -> !dayOf(past, situation).isBefore(from))
                .count();
        if (cap.allowsAnother(count)) {
            return Optional.empty();
        }
        return Optional.of(
                code == DAILY_CAP
                        ? GuardReason.of(code, "count", count, "max", cap.count())
                        : GuardReason.of(code, "count", count, "max", cap.count(), "days", cap.days()));
    }

    private static LocalDate dayOf(PastContact past, ContactSituation situation) {
        return past.at().atZone(situation.zone()).toLocalDate();
    }
}
