package com.acuerdo.operations;

import com.acuerdo.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Properties;

/**
 * TEST ONLY (JobsIT's archive): starts the test job {@code test-waiting}, which the jobs API does not
 * start by name (not in the catalogue) but watches, stops and restarts like any execution.
 */
@Path("test-fixtures/jobs")
@RolesAllowed(Role.Names.ADMIN)
public class JobsFixtures {

    @POST
    @Path("waiting")
    @Produces(MediaType.TEXT_PLAIN)
    public String startWaiting() {
        return Long.toString(BatchRuntime.getJobOperator().start("test-waiting", new Properties()));
    }
}
