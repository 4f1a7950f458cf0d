package com.acuerdo.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Salted PBKDF2-HMAC-SHA512 hashes through Jakarta Security's {@link Pbkdf2PasswordHash}.
 *
 * <p>Iterations: {@code acuerdo.security.pbkdf2.iterations}, default 3072. The REST API uses HTTP
 * Basic, so every API call verifies a hash: OWASP's 210,000 iterations cost about 0.2 s of CPU per
 * call on these 2-core machines and would make imports, tests and logins crawl. Production may raise
 * the setting; each hash stores its own iteration count, so existing hashes keep verifying.
 */
@ApplicationScoped
public class Passwords {

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "acuerdo.security.pbkdf2.iterations", defaultValue = "3072")
    int iterations;

    /** Verified against for unknown users, so that a wrong username costs as much as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash.generate("decoy-password".toCharArray());
    }

    public String hash(String password) {
        PasswordRule.check(password);
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of one verification without a user. */
    public void spendVerificationTime(String password) {
        hash.verify((password == null ? "" : password).toCharArray(), decoy);
    }
}
