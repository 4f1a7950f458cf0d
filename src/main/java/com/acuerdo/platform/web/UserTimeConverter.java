package com.acuerdo.platform.web;

import com.acuerdo.security.boundary.CurrentUser;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import java.time.Instant;

/** Output-only converter: {@code <h:outputText value="#{row.at}" converter="userTime"/>}. */
@FacesConverter(value = "userTime", managed = true)
public class UserTimeConverter implements Converter<Instant> {

    @Inject
    CurrentUser currentUser;

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return UserTimeFormat.format(
                value, currentUser.getZone(), context.getViewRoot().getLocale());
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("times are shown, not entered, with this converter");
    }
}
