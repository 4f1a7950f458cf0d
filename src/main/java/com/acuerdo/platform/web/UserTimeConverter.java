package com.acuerdo.platform.web;

import com.acuerdo.security.boundary.CurrentUser;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;

/** Output-only converter: {@code <h:outputText value="#{row.at}" converter="userTime"/>}. */
@FacesConverter("userTime")
public class UserTimeConverter implements Converter<Instant> {

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        var zone = CDI.current().select(CurrentUser.class).get().getZone();
        return UserTimeFormat.format(value, zone, context.getViewRoot().getLocale());
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("times are shown, not entered, with this converter");
    }
}
