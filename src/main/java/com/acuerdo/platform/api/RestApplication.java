package com.acuerdo.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The integration contract for the core bank and IT: JSON under /api/v1, HTTP Basic. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Acuerdo integration API",
                        version = "1",
                        description = "Imports, jobs, business date, accounts, contacts, promises and arrangements."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {

    /** Jersey enforces {@code @RolesAllowed} on resources only with this feature registered. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                "jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
