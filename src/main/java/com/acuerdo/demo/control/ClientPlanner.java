package com.acuerdo.demo.control;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.control.DaysPastDue;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.aging.entity.PausePeriod;
import com.acuerdo.arrangement.control.DefaultArrangementPolicies;
import com.acuerdo.arrangement.control.InstalmentSchedule;
import com.acuerdo.arrangement.entity.ArrangementPolicy;
import com.acuerdo.arrangement.entity.ArrangementPolicy.Verdict;
import com.acuerdo.arrangement.entity.ArrangementStatus;
import com.acuerdo.arrangement.entity.ArrangementTerms;
import com.acuerdo.arrangement.entity.Frequency;
import com.acuerdo.contact.control.DefaultContactPolicies;
import com.acuerdo.contact.control.DefaultPublicHolidays;
import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.contact.entity.ContactPolicy;
import com.acuerdo.contact.entity.DelayReason;
import com.acuerdo.contact.entity.Direction;
import com.acuerdo.contact.entity.RestrictionType;
import com.acuerdo.customer.entity.CustomerDetails;
import com.acuerdo.customer.entity.Jurisdiction;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.demo.control.ClientPlan.AccountPlan;
import com.acuerdo.demo.control.ClientPlan.ArrangementPlan;
import com.acuerdo.demo.control.ClientPlan.BillPlan;
import com.acuerdo.demo.control.ClientPlan.ContactPlan;
import com.acuerdo.demo.control.ClientPlan.PaymentPlan;
import com.acuerdo.demo.control.ClientPlan.PromisePlan;
import com.acuerdo.demo.control.ClientPlan.RestrictionPlan;
import com.acuerdo.platform.money.Money;
import com.acuerdo.promise.entity.PromiseStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plans demo clients, one at a time and each from its own random stream, so the same seed and index
 * always give the same client however the load is chunked. Everything is relative to the business
 * date. Pure: no container, no database.
 *
 * <p>How the aging buckets come out right: a delinquent account's oldest unpaid bill falls due
 * exactly its target days past due before the business date; every earlier bill is paid in full and
 * that bill at most {@value #EPISODE_SHARE_PERCENT} % (promises kept, down payments), so — payments
 * paying the oldest bills first — the oldest unpaid bill is the planned one.
 */
public final class ClientPlanner {

    static final int EPISODE_SHARE_PERCENT = 70;
    static final int CONTACT_HISTORY_DAYS = 35;
    private static final long STREAM_SPREAD = 0x9E3779B97F4A7C15L;
    private static final int MAX_TARGET_DAYS = 270;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final List<String> PAYMENT_CHANNELS =
            List.of("TRANSFER", "ONLINE", "BRANCH", "DIRECT_DEBIT", "CORRESPONDENT");

    private final long seed;
    private final LocalDate today;
    private final Map<Jurisdiction, ContactPolicy> contactPolicies = new EnumMap<>(Jurisdiction.class);
    private final Set<String> holidays = new HashSet<>();
    private final List<ArrangementPolicy> arrangementPolicies = DefaultArrangementPolicies.all();

    public ClientPlanner(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
        DefaultContactPolicies.all().forEach(policy -> contactPolicies.put(policy.jurisdiction(), policy));
        DefaultPublicHolidays.forYears(today.getYear() - 1, today.getYear() + 1)
                .forEach(holiday -> holidays.add(holiday.jurisdiction() + "/" + holiday.date()));
    }

    /** Below one unit of the currency a bill counts as paid (cents are never chased). */
    public static Money tolerance(String currency) {
        return Money.of(BigDecimal.ONE, currency);
    }

    public LocalDate today() {
        return today;
    }

    public ClientPlan plan(int index) {
        var random = new SplittableRandom(seed ^ ((index + 1L) * STREAM_SPREAD));
        return new Draft(index, random).plan();
    }

    /** The contact policy the generated contacts respect (the defaults loaded at start-up). */
    public ContactPolicy contactPolicy(Jurisdiction jurisdiction) {
        return contactPolicies.get(jurisdiction);
    }

    public boolean isHoliday(Jurisdiction jurisdiction, LocalDate date) {
        return holidays.contains(jurisdiction + "/" + date);
    }

    // --- regions ------------------------------------------------------------------------------

    private enum Region {
        MX(Jurisdiction.MX, "MXN", 18, 30, 0.0),
        CO(Jurisdiction.CO, "COP", 4000, 25, 0.0),
        CL(Jurisdiction.CL, "CLP", 900, 15, 0.0),
        US(Jurisdiction.US, "USD", 1, 20, 0.4),
        OTHER(Jurisdiction.DEFAULT, "USD", 1, 10, 0.0);

        final Jurisdiction jurisdiction;
        final String currency;
        final int unitsPerDollar;
        final int weight;
        final double englishShare;

        Region(Jurisdiction jurisdiction, String currency, int unitsPerDollar, int weight, double englishShare) {
            this.jurisdiction = jurisdiction;
            this.currency = currency;
            this.unitsPerDollar = unitsPerDollar;
            this.weight = weight;
            this.englishShare = englishShare;
        }
    }

    private static final Map<Region, List<String>> ZONES = Map.of(
            Region.MX,
                    List.of(
                            "America/Mexico_City",
                            "America/Monterrey",
                            "America/Tijuana",
                            "America/Cancun",
                            "America/Merida"),
            Region.CO, List.of("America/Bogota"),
            Region.CL, List.of("America/Santiago"),
            Region.US,
                    List.of(
                            "America/New_York",
                            "America/Chicago",
                            "America/Denver",
                            "America/Los_Angeles",
                            "America/Phoenix"),
            Region.OTHER,
                    List.of(
                            "America/Lima",
                            "America/Guatemala",
                            "America/Guayaquil",
                            "America/Panama",
                            "America/El_Salvador"));

    /** Weights of the client's worst bucket: most clients pay, every bucket has clients. */
    private static final int[] BUCKET_WEIGHTS = {40, 17, 12, 9, 8, 7, 7};

    /** Monthly bill in US dollars, lowest and highest. */
    private static int[] billRangeUsd(Product product) {
        return switch (product) {
            case CREDIT_CARD -> new int[] {40, 450};
            case PERSONAL_LOAN -> new int[] {80, 500};
            case AUTO_LOAN -> new int[] {220, 700};
            case MORTGAGE -> new int[] {500, 1800};
            case OVERDRAFT -> new int[] {25, 200};
        };
    }

    // --- one client ----------------------------------------------------------------------------

    private final class Draft {
        private final int index;
        private final SplittableRandom random;
        private Region region;
        private ZoneId zone;
        private CustomerDetails details;
        private final List<AccountDraft> accounts = new ArrayList<>();
        private final List<ContactPlan> contacts = new ArrayList<>();
        private final List<PromisePlan> promises = new ArrayList<>();
        private final List<ArrangementPlan> arrangements = new ArrayList<>();
        private final List<RestrictionPlan> restrictions = new ArrayList<>();

        Draft(int index, SplittableRandom random) {
            this.index = index;
            this.random = random;
        }

        ClientPlan plan() {
            person();
            var worst = index < AgingBucket.values().length
                    ? AgingBucket.values()[index]
                    : AgingBucket.values()[weighted(BUCKET_WEIGHTS)];
            int count = chance(0.55) ? 1 : chance(0.67) ? 2 : 3;
            for (int k = 0; k < count; k++) {
                var bucket = k == 0 || !worst.isDelinquent() || chance(0.65)
                        ? (k == 0 ? worst : AgingBucket.CURRENT)
                        : AgingBucket.values()[1 + random.nextInt(worst.ordinal())];
                accounts.add(new AccountDraft(k, product(), bucket));
            }
            var main = accounts.get(0);
            if (worst.isDelinquent()) {
                collectionHistory(main, worst);
            } else if (main.bills.size() >= 9 && chance(0.15)) {
                curedThroughArrangement(main);
            }
            accounts.forEach(AccountDraft::payRegularly);
            var accountPlans = accounts.stream().map(AccountDraft::plan).toList();
            contacts.sort(Comparator.comparing(ContactPlan::at));
            return new ClientPlan(
                    index,
                    externalId(),
                    details,
                    region.currency,
                    risk(worst),
                    accountPlans,
                    contacts,
                    promises,
                    arrangements,
                    restrictions);
        }

        String externalId() {
            return String.format("DEMO-C%07d", index + 1);
        }

        // --- who -----------------------------------------------------------------------------

        void person() {
            region = Region.values()[
                    weighted(java.util.Arrays.stream(Region.values())
                            .mapToInt(r -> r.weight)
                            .toArray())];
            var zoneId = pick(ZONES.get(region));
            zone = ZoneId.of(zoneId);
            var language = chance(region.englishShare) ? Language.EN : Language.ES;
            boolean female = chance(0.5);
            String given;
            String surname1;
            String fullName;
            if (language == Language.EN) {
                given = pick(female ? DemoNames.ENGLISH_FEMALE : DemoNames.ENGLISH_MALE);
                surname1 = pick(DemoNames.ENGLISH_SURNAMES);
                fullName = given + " " + surname1;
            } else {
                given = pick(female ? DemoNames.FEMALE : DemoNames.MALE);
                surname1 = pick(DemoNames.SURNAMES);
                var surname2 = pick(DemoNames.SURNAMES);
                fullName = given + " " + surname1 + " " + surname2;
            }
            var birth = today.minusYears(22 + random.nextInt(48)).minusDays(random.nextInt(365));
            var email = DemoNames.ascii(given.split(" ")[0]) + "." + DemoNames.ascii(surname1)
                    + (chance(0.6) ? String.valueOf(10 + random.nextInt(90)) : "") + "@"
                    + pick(DemoNames.MAIL_DOMAINS);
            details = new CustomerDetails(
                    fullName,
                    nationalId(zoneId, fullName, female, birth),
                    email,
                    phone(zoneId),
                    zone,
                    language,
                    region.jurisdiction,
                    chance(0.75),
                    chance(0.65));
        }

        String nationalId(String zoneId, String fullName, boolean female, LocalDate birth) {
            return switch (region) {
                case MX -> curp(fullName, female, birth, zoneId);
                case CO -> String.valueOf(10_000_000L + random.nextLong(1_190_000_000L));
                case CL -> rut(5_000_000 + random.nextInt(21_000_000));
                case US -> String.format(
                        "%03d-%02d-%04d", 100 + random.nextInt(566), 1 + random.nextInt(99), 1 + random.nextInt(9999));
                case OTHER -> switch (zoneId) {
                    case "America/Lima" -> String.format("%08d", random.nextInt(100_000_000));
                    case "America/Guatemala" -> String.format(
                            "%04d %05d %04d",
                            random.nextInt(10_000), random.nextInt(100_000), 101 + random.nextInt(2200));
                    case "America/Guayaquil" -> String.format(
                            "%02d%08d", 1 + random.nextInt(24), random.nextInt(100_000_000));
                    case "America/Panama" -> String.format(
                            "%d-%d-%d", 1 + random.nextInt(9), 100 + random.nextInt(900), 1000 + random.nextInt(9000));
                    default -> String.format("%08d-%d", random.nextInt(100_000_000), random.nextInt(10));
                };
            };
        }

        /** Mexico's CURP: initials, birth date, sex, state, inner consonants and a check pair. */
        String curp(String fullName, boolean female, LocalDate birth, String zoneId) {
            var parts = fullName.split(" ");
            var name = DemoNames.ascii(parts[0]).toUpperCase();
            var first = DemoNames.ascii(parts[parts.length - 2]).toUpperCase().replace(".", "");
            var second = DemoNames.ascii(parts[parts.length - 1]).toUpperCase().replace(".", "");
            var state =
                    switch (zoneId) {
                        case "America/Monterrey" -> "NL";
                        case "America/Tijuana" -> "BC";
                        case "America/Cancun" -> "QR";
                        case "America/Merida" -> "YN";
                        default -> "DF";
                    };
            return "" + first.charAt(0) + innerLetter(first, "AEIOU") + second.charAt(0) + name.charAt(0)
                    + String.format("%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth())
                    + (female ? "M" : "H") + state
                    + innerLetter(first, "BCDFGHJKLMNPQRSTVWXYZ") + innerLetter(second, "BCDFGHJKLMNPQRSTVWXYZ")
                    + innerLetter(name, "BCDFGHJKLMNPQRSTVWXYZ")
                    + (birth.getYear() < 2000 ? "0" : "A") + random.nextInt(10);
        }

        String phone(String zoneId) {
            return switch (region) {
                case MX -> {
                    var area =
                            switch (zoneId) {
                                case "America/Monterrey" -> "81";
                                case "America/Tijuana" -> "664";
                                case "America/Cancun" -> "998";
                                case "America/Merida" -> "999";
                                default -> "55";
                            };
                    yield "+52 " + area + " " + digits(10 - area.length());
                }
                case CO -> "+57 3" + digits(2) + " " + digits(3) + " " + digits(4);
                case CL -> "+56 9 " + digits(4) + " " + digits(4);
                case US -> {
                    var area =
                            switch (zoneId) {
                                case "America/Chicago" -> "312";
                                case "America/Denver" -> "303";
                                case "America/Los_Angeles" -> "213";
                                case "America/Phoenix" -> "602";
                                default -> "212";
                            };
                    // 555-0100..0199 is reserved for fiction.
                    yield "+1 " + area + " 555 01" + digits(2);
                }
                case OTHER -> switch (zoneId) {
                    case "America/Lima" -> "+51 9" + digits(2) + " " + digits(3) + " " + digits(3);
                    case "America/Guatemala" -> "+502 " + digits(4) + " " + digits(4);
                    case "America/Guayaquil" -> "+593 9" + digits(1) + " " + digits(3) + " " + digits(4);
                    case "America/Panama" -> "+507 6" + digits(3) + " " + digits(4);
                    default -> "+503 7" + digits(3) + " " + digits(4);
                };
            };
        }

        // --- money ------------------------------------------------------------------------------

        Product product() {
            int[] weights = {40, 25, 12, 8, 15};
            return Product.values()[weighted(weights)];
        }

        /** An amount in the client's currency, rounded the way bills of that currency look. */
        Money localAmount(double dollars) {
            var amount = BigDecimal.valueOf(dollars).multiply(BigDecimal.valueOf(region.unitsPerDollar));
            amount = switch (region.currency) {
                case "COP" -> amount.setScale(-2, RoundingMode.HALF_UP);
                case "CLP" -> amount.setScale(-1, RoundingMode.HALF_UP);
                default -> amount.setScale(2, RoundingMode.HALF_UP);
            };
            return Money.of(amount, region.currency);
        }

        Money share(Money money, double fraction) {
            return Money.of(money.amount().multiply(BigDecimal.valueOf(fraction)), money.currency());
        }

        BigDecimal risk(AgingBucket worst) {
            long broken = promises.stream()
                    .filter(p -> p.status() == PromiseStatus.BROKEN)
                    .count();
            double value = 0.05 + 0.12 * worst.ordinal() + 0.05 * broken + random.nextDouble() * 0.12;
            return BigDecimal.valueOf(Math.min(0.99, value)).setScale(2, RoundingMode.HALF_UP);
        }

        // --- the collection episode of a delinquent client ---------------------------------------

        void collectionHistory(AccountDraft main, AgingBucket worst) {
            var oldestUnpaid = main.oldestUnpaid();
            var budget = new Money[] {share(oldestUnpaid.amount(), EPISODE_SHARE_PERCENT / 100.0)};
            var restriction = index < AgingBucket.values().length ? null : restriction(main);

            var days = contactDays(oldestUnpaid.dueDate(), worst);
            for (var day : days) {
                contact(main, day, restriction).ifPresent(contacts::add);
            }

            var conversations = contacts.stream()
                    .filter(c -> c.outcome() == ContactOutcome.RIGHT_PARTY)
                    .toList();
            LocalDate arrangedOn = null;
            ContactPlan arrangementContact = null;
            if (worst.compareTo(AgingBucket.DPD_60_89) >= 0 && !conversations.isEmpty()) {
                var latest = conversations.get(conversations.size() - 1);
                var latestDay = localDate(latest.at());
                if (!latestDay.isBefore(today.minusDays(10)) && chance(0.18)) {
                    if (activeArrangement(main, latest, budget)) {
                        arrangedOn = latestDay;
                        arrangementContact = latest;
                    }
                } else if (!latestDay.isBefore(today.minusDays(5)) && chance(0.10)) {
                    if (pendingArrangement(main, latest)) {
                        arrangementContact = latest;
                    }
                }
            }
            if (arrangementContact == null && main.targetDays >= 150 && chance(0.15)) {
                brokenArrangement(main, oldestUnpaid, budget);
            }
            for (var conversation : conversations) {
                if (conversation == arrangementContact || promises.size() >= 2 || !chance(0.45)) {
                    continue;
                }
                promise(main, conversation, oldestUnpaid.amount(), budget, arrangedOn);
            }
        }

        RestrictionPlan restriction(AccountDraft main) {
            double roll = random.nextDouble();
            RestrictionPlan plan = null;
            if (roll < 0.03 && main.targetDays >= 30) {
                plan = restrictionFrom(
                        RestrictionType.DISPUTE,
                        0,
                        today.minusDays(2 + random.nextInt(7)),
                        null,
                        "El cliente desconoce un cargo del estado de cuenta; aclaración en curso.");
            } else if (roll < 0.05) {
                plan = restrictionFrom(
                        RestrictionType.CEASE,
                        null,
                        today.minusDays(1 + random.nextInt(6)),
                        null,
                        "El cliente pidió por escrito no ser contactado; solo se envía la confirmación.");
            } else if (roll < 0.08) {
                plan = restrictionFrom(
                        RestrictionType.NO_CALL,
                        null,
                        today.minusDays(3 + random.nextInt(18)),
                        null,
                        "Prefiere comunicación por escrito.");
            } else if (roll < 0.11 && main.targetDays >= 30) {
                plan = restrictionFrom(
                        RestrictionType.PAUSE,
                        0,
                        today.minusDays(1 + random.nextInt(4)),
                        today.plusDays(30),
                        "Pausa por dificultad económica aprobada (pérdida de empleo).");
            }
            if (plan != null) {
                restrictions.add(plan);
            }
            return plan;
        }

        RestrictionPlan restrictionFrom(
                RestrictionType type, Integer account, LocalDate from, LocalDate until, String note) {
            var at = from.atTime(10 + random.nextInt(6), random.nextInt(60))
                    .atZone(zone)
                    .toInstant();
            return new RestrictionPlan(type, account, from, until, note, at);
        }

        /** Contact days, newest first, at least a week apart: within every jurisdiction's caps. */
        List<LocalDate> contactDays(LocalDate oldestDue, AgingBucket worst) {
            int wanted =
                    switch (worst) {
                        case DPD_1_29 -> 1 + random.nextInt(2);
                        case DPD_30_59 -> 2 + random.nextInt(2);
                        default -> 2 + random.nextInt(3);
                    };
            var days = new ArrayList<LocalDate>();
            var day = today.minusDays(1 + random.nextInt(5));
            while (days.size() < wanted) {
                day = openDayOnOrBefore(day);
                if (day == null || !day.isAfter(oldestDue) || day.isBefore(today.minusDays(CONTACT_HISTORY_DAYS))) {
                    break;
                }
                days.add(day);
                day = day.minusDays(7 + random.nextInt(4));
            }
            java.util.Collections.reverse(days);
            return days;
        }

        LocalDate openDayOnOrBefore(LocalDate day) {
            var policy = contactPolicies.get(region.jurisdiction);
            for (int back = 0; back < 4; back++) {
                var candidate = day.minusDays(back);
                if (policy.windowOn(candidate.getDayOfWeek()).isPresent()
                        && !(policy.isClosedOnPublicHolidays() && isHoliday(region.jurisdiction, candidate))) {
                    return candidate;
                }
            }
            return null;
        }

        /** A moment inside the policy's hours of that day, in the client's zone; empty if none. */
        Optional<Instant> momentOn(LocalDate day) {
            var policy = contactPolicies.get(region.jurisdiction);
            var window = policy.windowOn(day.getDayOfWeek());
            if (window.isEmpty()) {
                return Optional.empty();
            }
            long minutes = ChronoUnit.MINUTES.between(
                    window.get().start(), window.get().end());
            var local = day.atTime(window.get().start()).plusMinutes(random.nextLong(Math.max(1, minutes - 15)));
            var at = local.atZone(zone).toInstant();
            var back = LocalDateTime.ofInstant(at, zone);
            return policy.isOpenAt(back, isHoliday(region.jurisdiction, back.toLocalDate()))
                    ? Optional.of(at)
                    : Optional.empty();
        }

        Optional<ContactPlan> contact(AccountDraft main, LocalDate day, RestrictionPlan restriction) {
            if (restriction != null
                    && !day.isBefore(restriction.from())
                    && restriction.type() != RestrictionType.NO_CALL) {
                return Optional.empty();
            }
            boolean callsBarred = restriction != null
                    && restriction.type() == RestrictionType.NO_CALL
                    && !day.isBefore(restriction.from());
            double roll = random.nextDouble();
            Channel channel;
            if (roll < 0.65 && !callsBarred) {
                channel = Channel.CALL;
            } else if (roll < 0.85 && details.consentSms()) {
                channel = Channel.SMS;
            } else if (details.consentEmail()) {
                channel = Channel.EMAIL;
            } else if (!callsBarred) {
                channel = Channel.CALL;
            } else {
                return Optional.empty();
            }
            var at = momentOn(day);
            if (at.isEmpty()) {
                return Optional.empty();
            }
            if (channel != Channel.CALL) {
                boolean delivered = chance(0.92);
                var notes = channel == Channel.SMS
                        ? (delivered
                                ? "SMS de recordatorio amable enviado con los medios de pago."
                                : "El SMS no se entregó.")
                        : (delivered
                                ? "Correo enviado con el estado de cuenta y las opciones de pago."
                                : "El correo fue devuelto; se pedirá actualizar el dato.");
                return Optional.of(new ContactPlan(
                        main.index,
                        channel,
                        Direction.OUTBOUND,
                        delivered ? ContactOutcome.DELIVERED : ContactOutcome.FAILED,
                        null,
                        at.get(),
                        notes,
                        null));
            }
            var outcome = ContactOutcome.values()[weighted(new int[] {30, 15, 3, 40, 0, 2, 10, 0, 0})];
            DelayReason reason = null;
            Instant callback = null;
            String notes;
            switch (outcome) {
                case RIGHT_PARTY -> {
                    reason = delayReason(main.bucket);
                    notes = conversationNote(reason);
                }
                case CALLBACK_REQUESTED -> {
                    notes = "El titular pidió que se le llame más tarde; se agendó la llamada.";
                    callback = callbackAfter(day);
                }
                case NO_ANSWER -> notes = "Se llamó al titular; no contestó. Se intentará en otro horario.";
                case LEFT_MESSAGE -> notes = "Se dejó un mensaje de voz cordial pidiendo devolver la llamada.";
                case WRONG_NUMBER -> notes = "El número no corresponde al titular; se pedirá actualizar los datos.";
                default -> notes = "El titular prefirió no conversar en este momento; se respetó su decisión.";
            }
            var direction =
                    outcome == ContactOutcome.RIGHT_PARTY && chance(0.1) ? Direction.INBOUND : Direction.OUTBOUND;
            return Optional.of(
                    new ContactPlan(main.index, Channel.CALL, direction, outcome, reason, at.get(), notes, callback));
        }

        Instant callbackAfter(LocalDate day) {
            var policy = contactPolicies.get(region.jurisdiction);
            for (int ahead = 1; ahead <= 4; ahead++) {
                var candidate = day.plusDays(ahead);
                var window = policy.windowOn(candidate.getDayOfWeek());
                if (window.isPresent()
                        && !(policy.isClosedOnPublicHolidays() && isHoliday(region.jurisdiction, candidate))) {
                    return candidate
                            .atTime(window.get().start().plusHours(2))
                            .atZone(zone)
                            .toInstant();
                }
            }
            return null;
        }

        DelayReason delayReason(AgingBucket bucket) {
            // FORGOT, NO_STATEMENT, INCOME_LOSS, ILLNESS, OVERINDEBTED, DISPUTES_CHARGE, SERVICE_COMPLAINT,
            // WILL_NOT_PAY, DECEASED, OTHER
            int[] early = {35, 20, 15, 8, 8, 4, 4, 1, 0, 5};
            int[] late = {4, 6, 30, 15, 25, 4, 3, 6, 0, 7};
            return DelayReason.values()[weighted(bucket.compareTo(AgingBucket.DPD_60_89) < 0 ? early : late)];
        }

        String conversationNote(DelayReason reason) {
            return switch (reason) {
                case FORGOT -> "El cliente olvidó la fecha de pago; se le recordaron los medios de pago disponibles.";
                case NO_STATEMENT -> "No recibió su estado de cuenta; se le reenvió por correo y se confirmó el monto.";
                case INCOME_LOSS -> "Perdió su empleo hace poco; se escuchó su situación y se revisaron opciones de pago.";
                case ILLNESS -> "Atraviesa un problema de salud en la familia; se mostró empatía y se ofrecieron alternativas.";
                case OVERINDEBTED -> "Tiene varias deudas; se revisó con él un plan acorde a su presupuesto.";
                case DISPUTES_CHARGE -> "Desconoce un cargo; se le explicó con calma el proceso de aclaración.";
                case SERVICE_COMPLAINT -> "Expresó una queja del servicio; se canalizó al área correspondiente.";
                case WILL_NOT_PAY -> "Indicó que por ahora no pagará; se le explicaron con respeto las consecuencias y las opciones.";
                case DECEASED -> "Se informó el fallecimiento del titular; se dio el pésame y se explicó el procedimiento.";
                case OTHER -> "Se conversó sobre la situación de la cuenta; el cliente evaluará las opciones.";
            };
        }

        void promise(
                AccountDraft main, ContactPlan conversation, Money oldestBill, Money[] budget, LocalDate arrangedOn) {
            var madeOn = localDate(conversation.at());
            var amount = share(oldestBill, 0.20 + random.nextDouble() * 0.13);
            if (!amount.isPositive()) {
                return;
            }
            var dueOn = madeOn.plusDays(2 + random.nextInt(9));
            if (!dueOn.isBefore(today)) {
                if (chance(0.4)) {
                    dueOn = today;
                }
                if (arrangedOn != null) {
                    promises.add(new PromisePlan(
                            main.index,
                            amount,
                            madeOn,
                            conversation.at(),
                            dueOn,
                            PromiseStatus.CANCELLED,
                            Money.zero(amount.currency()),
                            arrangedOn));
                } else {
                    promises.add(new PromisePlan(
                            main.index,
                            amount,
                            madeOn,
                            conversation.at(),
                            dueOn,
                            PromiseStatus.OPEN,
                            Money.zero(amount.currency()),
                            null));
                }
                return;
            }
            var status = PromiseStatus.values()[1 + weighted(new int[] {35, 20, 35, 10})];
            var paid =
                    switch (status) {
                        case KEPT -> amount;
                        case PARTIAL -> share(amount, 0.4 + random.nextDouble() * 0.3);
                        default -> Money.zero(amount.currency());
                    };
            if (paid.isPositive() && paid.isGreaterThan(budget[0])) {
                status = PromiseStatus.BROKEN;
                paid = Money.zero(amount.currency());
            }
            if (paid.isPositive()) {
                budget[0] = budget[0].minus(paid);
                main.episodePayment(
                        madeOn.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(madeOn, dueOn) + 1)), paid);
            }
            var resolvedOn = status == PromiseStatus.CANCELLED
                    ? madeOn.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(madeOn, dueOn) + 1))
                    : dueOn.plusDays(1);
            promises.add(
                    new PromisePlan(main.index, amount, madeOn, conversation.at(), dueOn, status, paid, resolvedOn));
        }

        // --- arrangements ------------------------------------------------------------------------

        Optional<ArrangementPolicy> arrangementPolicy(AccountDraft account, AgingBucket bucket, LocalDate on) {
            var candidates = arrangementPolicies.stream()
                    .filter(policy -> policy.product() == account.product
                            && policy.currency().equals(region.currency))
                    .toList();
            return ArrangementPolicy.inForce(candidates, bucket, on);
        }

        /** The schedule for a debt with the policy's smallest down payment, and the policy's verdict on it. */
        Optional<Terms> terms(
                ArrangementPolicy policy, Money debt, int instalments, LocalDate agreedOn, LocalDate firstDue) {
            var downPercent = policy.soft().minDownPaymentPercent();
            var down = Money.of(
                    debt.amount()
                            .multiply(downPercent)
                            .divide(
                                    HUNDRED,
                                    Currency.getInstance(debt.currency()).getDefaultFractionDigits(),
                                    RoundingMode.CEILING),
                    debt.currency());
            try {
                var schedule = InstalmentSchedule.compute(
                        debt, BigDecimal.ZERO, down, instalments, Frequency.MONTHLY, firstDue);
                var smallest = schedule.instalments().stream()
                        .map(line -> line.amount().amount())
                        .min(Comparator.naturalOrder())
                        .orElseThrow();
                var actualPercent = down.amount().multiply(HUNDRED).divide(debt.amount(), 4, RoundingMode.HALF_UP);
                var verdict = policy.assess(
                                new ArrangementTerms(instalments, actualPercent, smallest, BigDecimal.ZERO, (int)
                                        ChronoUnit.DAYS.between(agreedOn, firstDue)))
                        .verdict();
                return Optional.of(new Terms(schedule, verdict, policy.graceDays()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        /** Inside the soft limits, fewer instalments when the smallest instalment would be too small. */
        Optional<Terms> termsWithinPolicy(
                ArrangementPolicy policy, Money debt, LocalDate agreedOn, LocalDate firstDue) {
            int instalments = 3 + random.nextInt(Math.max(1, policy.soft().maxInstalments() - 2));
            instalments = Math.min(instalments, policy.soft().maxInstalments());
            var byMinimum = debt.amount()
                    .divide(policy.soft().minInstalmentAmount().max(BigDecimal.ONE), 0, RoundingMode.DOWN)
                    .intValue();
            instalments = Math.max(1, Math.min(instalments, byMinimum - 1));
            return terms(policy, debt, instalments, agreedOn, firstDue)
                    .filter(terms -> terms.verdict() == Verdict.WITHIN_POLICY);
        }

        boolean activeArrangement(AccountDraft main, ContactPlan conversation, Money[] budget) {
            var agreedOn = localDate(conversation.at());
            var policy = arrangementPolicy(main, main.bucket, agreedOn);
            if (policy.isEmpty()) {
                return false;
            }
            var debt = main.overdueOn(agreedOn);
            var latestFirst = agreedOn.plusDays(policy.get().soft().maxDaysToFirstPayment());
            var firstDue = today.plusDays(1 + random.nextInt(5));
            if (firstDue.isAfter(latestFirst)) {
                firstDue = latestFirst;
            }
            if (!firstDue.isAfter(agreedOn)) {
                return false;
            }
            var terms = termsWithinPolicy(policy.get(), debt, agreedOn, firstDue);
            if (terms.isEmpty() || terms.get().schedule().downPayment().isGreaterThan(budget[0])) {
                return false;
            }
            var down = terms.get().schedule().downPayment();
            if (down.isPositive()) {
                budget[0] = budget[0].minus(down);
                main.episodePayment(agreedOn, down);
            }
            arrangements.add(new ArrangementPlan(
                    main.index,
                    ArrangementStatus.ACTIVE,
                    terms.get().schedule(),
                    agreedOn,
                    conversation.at(),
                    false,
                    null,
                    0,
                    terms.get().graceDays()));
            return true;
        }

        boolean pendingArrangement(AccountDraft main, ContactPlan conversation) {
            var requestedOn = localDate(conversation.at());
            var policy = arrangementPolicy(main, main.bucket, requestedOn);
            if (policy.isEmpty()
                    || policy.get().hard().maxInstalments()
                            <= policy.get().soft().maxInstalments()) {
                return false;
            }
            var soft = policy.get().soft().maxInstalments();
            int instalments = soft + 1 + random.nextInt(policy.get().hard().maxInstalments() - soft);
            var terms = terms(
                    policy.get(),
                    main.overdueOn(requestedOn),
                    instalments,
                    requestedOn,
                    requestedOn.plusDays(Math.min(15, policy.get().soft().maxDaysToFirstPayment())));
            if (terms.isEmpty() || terms.get().verdict() != Verdict.NEEDS_APPROVAL) {
                return false;
            }
            arrangements.add(new ArrangementPlan(
                    main.index,
                    ArrangementStatus.PENDING_APPROVAL,
                    terms.get().schedule(),
                    requestedOn,
                    conversation.at(),
                    true,
                    null,
                    0,
                    terms.get().graceDays()));
            return true;
        }

        void brokenArrangement(AccountDraft main, BillPlan oldestUnpaid, Money[] budget) {
            var agreedOn = openDayOnOrBefore(today.minusDays(60 + random.nextInt(40)));
            if (agreedOn == null || !agreedOn.isAfter(oldestUnpaid.dueDate().plusDays(20))) {
                return;
            }
            var at = momentOn(agreedOn);
            var bucket = AgingBucket.of((int) ChronoUnit.DAYS.between(oldestUnpaid.dueDate(), agreedOn));
            var policy = arrangementPolicy(main, bucket, agreedOn);
            if (at.isEmpty() || policy.isEmpty()) {
                return;
            }
            var terms = termsWithinPolicy(
                    policy.get(), main.overdueOn(agreedOn), agreedOn, agreedOn.plusDays(7 + random.nextInt(7)));
            if (terms.isEmpty() || terms.get().schedule().downPayment().isGreaterThan(budget[0])) {
                return;
            }
            var schedule = terms.get().schedule();
            if (schedule.downPayment().isPositive()) {
                budget[0] = budget[0].minus(schedule.downPayment());
                main.episodePayment(agreedOn, schedule.downPayment());
            }
            var brokenOn = schedule.firstDueOn().plusDays(terms.get().graceDays() + 1L);
            contacts.add(new ContactPlan(
                    main.index,
                    Channel.CALL,
                    Direction.OUTBOUND,
                    ContactOutcome.RIGHT_PARTY,
                    DelayReason.INCOME_LOSS,
                    at.get(),
                    "Se acordó un convenio de pago; el cliente pagó el enganche y se comprometió a las cuotas.",
                    null));
            arrangements.add(new ArrangementPlan(
                    main.index,
                    ArrangementStatus.BROKEN,
                    schedule,
                    agreedOn,
                    at.get(),
                    false,
                    brokenOn,
                    0,
                    terms.get().graceDays()));
        }

        /** A client who missed two bills months ago and caught up through an arrangement, now current. */
        void curedThroughArrangement(AccountDraft main) {
            int missed = main.bills.size() - 6 - random.nextInt(2);
            if (missed < 1) {
                return;
            }
            var first = main.bills.get(missed);
            var second = main.bills.get(missed + 1);
            var agreedOn = openDayOnOrBefore(second.dueDate().plusDays(5 + random.nextInt(10)));
            if (agreedOn == null || !agreedOn.isAfter(second.dueDate())) {
                return;
            }
            var at = momentOn(agreedOn);
            var bucket = AgingBucket.of((int) ChronoUnit.DAYS.between(first.dueDate(), agreedOn));
            var policy = arrangementPolicy(main, bucket, agreedOn);
            if (at.isEmpty() || policy.isEmpty()) {
                return;
            }
            var debt = first.amount().plus(second.amount());
            var terms = terms(policy.get(), debt, 3, agreedOn, agreedOn.plusDays(7 + random.nextInt(7)));
            if (terms.isEmpty() || terms.get().verdict() == Verdict.REFUSED) {
                return;
            }
            var schedule = terms.get().schedule();
            if (!schedule.lastDueOn().isBefore(today)) {
                return;
            }
            main.paidByArrangement.add(first);
            main.paidByArrangement.add(second);
            if (schedule.downPayment().isPositive()) {
                main.episodePayment(agreedOn, schedule.downPayment());
            }
            for (var line : schedule.instalments()) {
                main.episodePayment(line.dueOn().minusDays(random.nextInt(3)), line.amount());
            }
            contacts.add(new ContactPlan(
                    main.index,
                    Channel.CALL,
                    Direction.OUTBOUND,
                    ContactOutcome.RIGHT_PARTY,
                    DelayReason.INCOME_LOSS,
                    at.get(),
                    "Se acordó un convenio de pago para ponerse al corriente; el cliente aceptó las fechas.",
                    null));
            arrangements.add(new ArrangementPlan(
                    main.index,
                    ArrangementStatus.COMPLETED,
                    schedule,
                    agreedOn,
                    at.get(),
                    terms.get().verdict() == Verdict.NEEDS_APPROVAL,
                    schedule.lastDueOn(),
                    schedule.instalments().size(),
                    terms.get().graceDays()));
        }

        // --- helpers -----------------------------------------------------------------------------

        LocalDate localDate(Instant at) {
            return LocalDateTime.ofInstant(at, zone).toLocalDate();
        }

        boolean chance(double probability) {
            return random.nextDouble() < probability;
        }

        <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        int weighted(int[] weights) {
            int total = 0;
            for (int weight : weights) {
                total += weight;
            }
            int roll = random.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                roll -= weights[i];
                if (roll < 0) {
                    return i;
                }
            }
            throw new IllegalStateException("weights");
        }

        String digits(int count) {
            var text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                text.append(random.nextInt(10));
            }
            return text.toString();
        }

        // --- one account -------------------------------------------------------------------------

        private final class AccountDraft {
            final int index;
            final Product product;
            final AgingBucket bucket;
            final int targetDays;
            final List<BillPlan> bills = new ArrayList<>();
            final List<BillPlan> paidByArrangement = new ArrayList<>();
            final List<PaymentPlan> payments = new ArrayList<>();
            final LocalDate openedOn;
            final Money creditLimit;
            private int paymentNumber;

            AccountDraft(int index, Product product, AgingBucket bucket) {
                this.index = index;
                this.product = product;
                this.bucket = bucket;
                this.targetDays = bucket.isDelinquent()
                        ? bucket.fromDays()
                                + random.nextInt(Math.min(bucket.toDays(), MAX_TARGET_DAYS) - bucket.fromDays() + 1)
                        : 0;
                var dueDates = dueDates();
                int[] range = billRangeUsd(product);
                double base = range[0] + random.nextDouble() * (range[1] - range[0]);
                boolean revolving = product == Product.CREDIT_CARD || product == Product.OVERDRAFT;
                for (int j = 0; j < dueDates.size(); j++) {
                    double amount = revolving ? base * (0.8 + random.nextDouble() * 0.4) : base;
                    bills.add(new BillPlan(
                            String.format("DEMO-B%07d-%d-%02d", Draft.this.index + 1, index + 1, j + 1),
                            dueDates.get(j),
                            localAmount(amount)));
                }
                this.openedOn = dueDates.get(0)
                        .minusMonths(revolving ? 1 + random.nextInt(36) : 1)
                        .minusDays(random.nextInt(20));
                this.creditLimit = switch (product) {
                    case CREDIT_CARD -> localAmount(1000 + 500 * random.nextInt(19));
                    case OVERDRAFT -> localAmount(500 + 250 * random.nextInt(11));
                    default -> localAmount(Math.round(base * (12 + random.nextInt(49)) / 100.0) * 100.0);
                };
            }

            /** Monthly due dates, 6 to 12 of them; for a delinquent account one falls exactly on target. */
            List<LocalDate> dueDates() {
                int months = 6 + random.nextInt(7);
                LocalDate anchor;
                int last;
                if (bucket.isDelinquent()) {
                    anchor = today.minusDays(targetDays);
                    last = 0;
                    while (!anchor.plusMonths(last).isAfter(today)) {
                        last++;
                    }
                    months = Math.max(months, last + 2);
                } else {
                    anchor = today.plusDays(1 + random.nextInt(28));
                    last = 0;
                }
                var dates = new ArrayList<LocalDate>();
                for (int j = last - months + 1; j <= last; j++) {
                    dates.add(anchor.plusMonths(j));
                }
                return dates;
            }

            /** The bill whose due date makes the target days past due. */
            BillPlan oldestUnpaid() {
                var due = today.minusDays(targetDays);
                return bills.stream()
                        .filter(b -> b.dueDate().equals(due))
                        .findFirst()
                        .orElseThrow();
            }

            /** What is overdue on a date: bills due before it from the oldest unpaid on, less episode payments. */
            Money overdueOn(LocalDate date) {
                var start = bucket.isDelinquent() ? oldestUnpaid().dueDate() : LocalDate.MIN;
                var owed = bills.stream()
                        .filter(b -> !b.dueDate().isBefore(start) && b.dueDate().isBefore(date))
                        .map(BillPlan::amount)
                        .reduce(Money.zero(region.currency), Money::plus);
                var paid = payments.stream()
                        .filter(p -> !p.paidOn().isAfter(date))
                        .map(PaymentPlan::amount)
                        .reduce(Money.zero(region.currency), Money::plus);
                return owed.minus(paid);
            }

            void episodePayment(LocalDate paidOn, Money amount) {
                var day = paidOn.isAfter(today) ? today : paidOn;
                payments.add(new PaymentPlan(nextPaymentId(), day, amount, pick(PAYMENT_CHANNELS)));
            }

            String nextPaymentId() {
                return String.format("DEMO-P%07d-%d-%02d", Draft.this.index + 1, index + 1, ++paymentNumber);
            }

            /** Every bill before the oldest unpaid one (all past bills when current) is paid in full. */
            void payRegularly() {
                var unpaidFrom = bucket.isDelinquent() ? oldestUnpaid().dueDate() : today;
                for (var bill : bills) {
                    if (!bill.dueDate().isBefore(unpaidFrom) || paidByArrangement.contains(bill)) {
                        continue;
                    }
                    var paidOn = chance(0.8)
                            ? bill.dueDate().minusDays(random.nextInt(6))
                            : bill.dueDate().plusDays(1 + random.nextInt(15));
                    if (!paidOn.isBefore(today)) {
                        paidOn = today.minusDays(1);
                    }
                    payments.add(new PaymentPlan(nextPaymentId(), paidOn, bill.amount(), pick(PAYMENT_CHANNELS)));
                }
                payments.sort(Comparator.comparing(PaymentPlan::paidOn).thenComparing(PaymentPlan::externalId));
            }

            AccountPlan plan() {
                return new AccountPlan(
                        String.format("DEMO-A%07d-%d", Draft.this.index + 1, index + 1),
                        product,
                        openedOn,
                        creditLimit,
                        bills,
                        payments,
                        expectedDaysPastDue());
            }

            /** The aging rule on the bills as the payments leave them, oldest bills paid first. */
            int expectedDaysPastDue() {
                var left = payments.stream().map(PaymentPlan::amount).reduce(Money.zero(region.currency), Money::plus);
                var dues = new ArrayList<DaysPastDue.Due>();
                for (var bill : bills) {
                    var taken = bill.amount().min(left);
                    left = left.minus(taken);
                    dues.add(new DaysPastDue.Due(bill.dueDate(), bill.amount().minus(taken)));
                }
                var pauses = restrictions.stream()
                        .filter(r -> r.type().pausesAging())
                        .filter(r -> r.accountIndex() == null || r.accountIndex() == index)
                        .map(r -> new PausePeriod(r.from(), Optional.ofNullable(r.until())))
                        .toList();
                return DaysPastDue.on(today, dues, tolerance(region.currency), pauses);
            }
        }
    }

    private record Terms(InstalmentSchedule schedule, Verdict verdict, int graceDays) {}

    private static char innerLetter(String word, String letters) {
        for (int i = 1; i < word.length(); i++) {
            if (letters.indexOf(word.charAt(i)) >= 0) {
                return word.charAt(i);
            }
        }
        return 'X';
    }

    /** Chile's RUT with its modulo-11 check digit, e.g. 12.345.678-5. */
    static String rut(int number) {
        int sum = 0;
        int factor = 2;
        for (int rest = number; rest > 0; rest /= 10) {
            sum += (rest % 10) * factor;
            factor = factor == 7 ? 2 : factor + 1;
        }
        int check = 11 - sum % 11;
        var digit = check == 11 ? "0" : check == 10 ? "K" : String.valueOf(check);
        return String.format("%,d", number).replace(',', '.').replace('\u00a0', '.') + "-" + digit;
    }
}
