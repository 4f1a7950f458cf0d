package com.acuerdo.platform.api;

import com.acuerdo.platform.rules.Reason;
import com.acuerdo.platform.rules.Refusal;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a JSON request body field by field, collecting every malformed field; {@link #requireValid()}
 * then refuses the request (400) with all of them. Amounts may be JSON numbers or strings, as the
 * integration contract says; their decimals are checked later against the account's currency.
 */
public final class RequestJson {

    private final JsonObject body;
    private final List<Reason> problems = new ArrayList<>();

    private RequestJson(JsonObject body) {
        this.body = body;
    }

    public static RequestJson parse(String text) {
        if (text == null || text.isBlank()) {
            throw malformed(Reason.of("BODY_MISSING"));
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return new RequestJson(reader.readObject());
        } catch (JsonException | IllegalStateException e) {
            throw malformed(Reason.of("BODY_NOT_JSON_OBJECT"));
        }
    }

    public BigDecimal amount(String name) {
        return present(name) == null ? missing(name) : optionalAmount(name).orElse(null);
    }

    public Optional<BigDecimal> optionalAmount(String name) {
        var value = present(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            if (value instanceof JsonNumber number) {
                return Optional.of(number.bigDecimalValue());
            }
            if (value instanceof JsonString string) {
                var text = string.getString().trim();
                if (text.matches("[+-]?\\d+(\\.\\d+)?")) {
                    return Optional.of(new BigDecimal(text));
                }
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        wrong(name, "amount");
        return Optional.empty();
    }

    public LocalDate date(String name) {
        var value = present(name);
        if (value == null) {
            return missing(name);
        }
        if (value instanceof JsonString string) {
            try {
                return LocalDate.parse(string.getString());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        wrong(name, "date YYYY-MM-DD");
        return null;
    }

    public Integer integer(String name) {
        var value = present(name);
        if (value == null) {
            return missing(name);
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                // reported below
            }
        }
        wrong(name, "integer");
        return null;
    }

    public Optional<Long> optionalLong(String name) {
        var value = present(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return Optional.of(number.longValueExact());
            } catch (ArithmeticException e) {
                // reported below
            }
        }
        wrong(name, "integer");
        return Optional.empty();
    }

    public String text(String name) {
        return present(name) == null ? missing(name) : optionalText(name).orElse(null);
    }

    public Optional<String> optionalText(String name) {
        var value = present(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof JsonString string) {
            return Optional.of(string.getString());
        }
        wrong(name, "string");
        return Optional.empty();
    }

    /** Refuses the request (400) with every malformed field found so far. */
    public void requireValid() {
        if (!problems.isEmpty()) {
            throw malformed(problems);
        }
    }

    private JsonValue present(String name) {
        var value = body.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    private <T> T missing(String name) {
        problems.add(Reason.of("FIELD_MISSING", "field", name));
        return null;
    }

    private void wrong(String name, String expected) {
        problems.add(Reason.of("FIELD_MALFORMED", "field", name, "expected", expected));
    }

    private static Refusal malformed(Reason reason) {
        return malformed(List.of(reason));
    }

    private static Refusal malformed(List<Reason> reasons) {
        return new Refusal(Refusal.Kind.MALFORMED, reasons);
    }
}
