package org.catura.core.api.secret;

/**
 * Encrypts secrets (client secrets, refresh tokens, passwords) before they are stored, with a
 * key kept outside the database. Sealed values are text and safe to store; they never print
 * the secret.
 */
public interface Secrets {

    String seal(String plain);

    /** @throws SecretException when the value was sealed with another key or was tampered with */
    String open(String sealed);
}
