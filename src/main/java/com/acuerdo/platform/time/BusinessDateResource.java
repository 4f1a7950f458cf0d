package com.acuerdo.platform.time;

import jakarta.inject.Inject;
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
    public DateBody get() {
        return new DateBody(calendar.today());
    }

    @PUT
    public DateBody put(DateBody body) {
        return new DateBody(calendar.moveTo(body.date()));
    }
}
