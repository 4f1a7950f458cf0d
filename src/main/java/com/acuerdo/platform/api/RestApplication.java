package com.acuerdo.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The integration contract for the core bank and IT: JSON under /api/v1, HTTP Basic. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Acuerdo integration API",
                        version = "1",
                        description = "Imports, jobs, business date, accounts, contacts, promises and arrangements."))
public class RestApplication extends Application {}
