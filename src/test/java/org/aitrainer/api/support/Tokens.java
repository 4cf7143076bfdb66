package org.aitrainer.api.support;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Set;

/** Bearer tokens for tests, signed with the test key pair under src/test/resources/jwt. */
public final class Tokens {

    public static final String ISSUER = "https://aitrainer-api.test";

    private Tokens() {}

    public static String editor(String subject) {
        return Jwt.issuer(ISSUER).subject(subject).groups("editor").sign();
    }

    public static String admin(String subject) {
        return Jwt.issuer(ISSUER).subject(subject).groups("admin").sign();
    }

    /** Valid, but with no role. */
    public static String reader(String subject) {
        return Jwt.issuer(ISSUER).subject(subject).groups(Set.of()).sign();
    }

    public static String expired(String subject) {
        Instant past = Instant.now().minusSeconds(3600);
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .groups("admin")
                .issuedAt(past.minusSeconds(600))
                .expiresAt(past)
                .sign();
    }

    /** Well-formed and with the right claims, but signed by a key the service does not trust. */
    public static String foreign(String subject) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            return Jwt.issuer(ISSUER).subject(subject).groups("admin").sign(keys.getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String fromOtherIssuer(String subject) {
        return Jwt.issuer("https://someone-else.example")
                .subject(subject)
                .groups("admin")
                .sign();
    }
}
