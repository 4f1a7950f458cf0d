package com.acuerdo.platform.time;

import com.acuerdo.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;

@Path("business-date")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BusinessDateResource {

    public record DateBody(LocalDate date) {}

    @Inject
    BusinessCalendar calendar;

    @GET
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.QA, Role.Names.ADMIN})
    public DateBody get() {
        return new DateBody(calendar.today());
    }

    @PUT
    @RolesAllowed(Role.Names.ADMIN)
    public DateBody put(DateBody body) {
        if (body == null || body.date() == null) {
            throw new BadRequestException("date is required");
        }
        return new DateBody(calendar.moveTo(body.date()));
    }
}
