package com.acuerdo.security.boundary;

import com.acuerdo.security.entity.Role;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The users of the demo department. The demo-department generator ({@code com.acuerdo.demo}) creates
 * them, with their teams and agents, when it loads the demo into an empty database; the same setting
 * ({@code acuerdo.demo.load}) decides both, so there are never demo users without their department.
 */
public final class DemoUsers {

    /** Every demo user's password (also in the README). */
    public static final String PASSWORD = "Demo.2026";

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    public static final List<DemoUser> ALL = List.of(
            user("admin", "Ana Torres", Role.ADMIN, BOGOTA),
            user("qa", "Lucía Fernández", Role.QA, MEXICO_CITY),
            user("supervisor1", "Carlos Mendoza", Role.SUPERVISOR, BOGOTA),
            user("supervisor2", "Gabriela Rojas", Role.SUPERVISOR, MEXICO_CITY),
            user("agent01", "Andrés Gómez", Role.AGENT, BOGOTA),
            user("agent02", "Valentina Ríos", Role.AGENT, BOGOTA),
            user("agent03", "Santiago Herrera", Role.AGENT, BOGOTA),
            user("agent04", "Camila Vargas", Role.AGENT, MEXICO_CITY),
            user("agent05", "Diego Ramírez", Role.AGENT, MEXICO_CITY),
            user("agent06", "Mariana López", Role.AGENT, MEXICO_CITY),
            user("agent07", "Javier Soto", Role.AGENT, SANTIAGO),
            user("agent08", "Daniela Muñoz", Role.AGENT, SANTIAGO),
            user("agent09", "Felipe Contreras", Role.AGENT, SANTIAGO),
            user("agent10", "Isabel Martínez", Role.AGENT, NEW_YORK),
            user("agent11", "Ricardo Castillo", Role.AGENT, NEW_YORK),
            user("agent12", "Sofía Navarro", Role.AGENT, NEW_YORK));

    private DemoUsers() {}

    public static List<DemoUser> withRole(Role role) {
        return ALL.stream().filter(user -> user.is(role)).toList();
    }

    private static DemoUser user(String username, String name, Role role, ZoneId zone) {
        return new DemoUser(username, name, Set.of(role), zone, SPANISH);
    }
}
