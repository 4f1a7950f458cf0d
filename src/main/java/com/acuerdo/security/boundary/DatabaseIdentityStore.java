package com.acuerdo.security.boundary;

import static java.util.stream.Collectors.toSet;

import com.acuerdo.security.entity.Role;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The users of {@code app_user}, for screens and the REST API alike; groups are role names. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(DatabaseIdentityStore.class.getName());

    @Inject
    Logins logins;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            var outcome = logins.attempt(given.getCaller(), given.getPasswordAsString());
            if (!outcome.succeeded()) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            return new CredentialValidationResult(
                    outcome.username(), outcome.roles().stream().map(Role::name).collect(toSet()));
        } catch (EJBException e) {
            // e.g. two concurrent failed logins of one user; refusing is the safe answer.
            LOG.log(Level.WARNING, "Login check failed for " + given.getCaller(), e);
            return CredentialValidationResult.INVALID_RESULT;
        }
    }
}
