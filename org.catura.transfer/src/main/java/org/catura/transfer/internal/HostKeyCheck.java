package org.catura.transfer.internal;

import java.net.SocketAddress;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;

/**
 * Accepts an SFTP server only when its host key has one of the fingerprints configured for the
 * endpoint; with none configured it accepts no server. There is no trust on first use: an
 * attacker in the middle on the first connection would be trusted for ever. The fingerprint the
 * server showed is kept so that the error can name it for the operator to verify and configure.
 */
final class HostKeyCheck {

    static final AttributeRepository.AttributeKey<HostKeyCheck> KEY = new AttributeRepository.AttributeKey<>();

    /** The client-wide verifier; each connection carries its own check in its context. */
    static final ServerKeyVerifier VERIFIER = HostKeyCheck::verify;

    private final List<String> accepted;
    private volatile String presented;
    private volatile boolean rejected;

    HostKeyCheck(List<String> accepted) {
        this.accepted = accepted.stream().map(HostKeyCheck::normalize).toList();
    }

    static String fingerprint(PublicKey key) {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
    }

    boolean accepts(PublicKey key) {
        presented = fingerprint(key);
        rejected = !accepted.contains(normalize(presented));
        return !rejected;
    }

    /** The fingerprint the server showed; null before key exchange. */
    String presented() {
        return presented;
    }

    /** True once the server showed a key that is not accepted. */
    boolean rejected() {
        return rejected;
    }

    boolean configured() {
        return !accepted.isEmpty();
    }

    private static boolean verify(ClientSession session, SocketAddress remote, PublicKey key) {
        AttributeRepository context = session.getConnectionContext();
        HostKeyCheck check = context == null ? null : context.getAttribute(KEY);
        return check != null && check.accepts(key);
    }

    // "SHA256:abc=" as ssh-keygen prints it, base64 padding optional
    private static String normalize(String fingerprint) {
        String f = fingerprint.strip();
        while (f.endsWith("=")) {
            f = f.substring(0, f.length() - 1);
        }
        int colon = f.indexOf(':');
        return colon < 0 ? "SHA256:" + f : f.substring(0, colon).toUpperCase() + f.substring(colon);
    }
}
