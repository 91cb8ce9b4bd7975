package org.catura.sandbox.carrier;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the fulfilment partner simulator is reached, how it answers and how it misbehaves.
 *
 * @param workDir            its folder (host key, {@code sftp/inbound}, {@code sftp/return}); null: a
 *                           temporary folder, deleted on close. A folder of one's own keeps the host key
 *                           (and so its fingerprint) from one start to the next
 * @param sftpPort           0: any free port
 * @param httpPort           0: any free port
 * @param user               the SFTP login, also accepted as HTTP Basic login
 * @param password           its password
 * @param bearerToken        accepted as {@code Authorization: Bearer …} on the HTTP endpoint
 * @param answerBy           how the tracking numbers go back
 * @param callbackUrl        the product's callback URL, e.g. {@code http://127.0.0.1:8080/catura/shipping/callback/partner}
 *                           (only for {@link PartnerReturn#HTTP_CALLBACK})
 * @param callbackSecret     sent as {@code Authorization: Bearer …} with each callback (the carrier's ReturnSecret)
 * @param seed               the seed of the tracking numbers, parcel counts and drawn faults
 * @param trackingPrefix     tracking numbers are this prefix and ten digits ({@code FP0123456789})
 * @param twoParcelShare     share of shipments (0..1) split into two parcels, when they have two units or lines
 * @param answerDelay        how long after receipt a shipment is confirmed
 * @param lateDelay          how long after receipt a late one is confirmed
 * @param updateDelay        how long after its confirmation a tracking number is replaced
 * @param pollInterval       how often the inbound folder is looked at
 * @param lateShare          share of shipments confirmed late
 * @param malformedShare     share of shipments whose confirmation is garbled (no duplicate, no update then)
 * @param duplicateShare     share of shipments confirmed twice
 * @param updateShare        share of shipments whose first parcel's number is replaced later
 * @param callbackAttempts   how often a callback is tried when the product answers 5xx or cannot be reached
 * @param callbackRetryDelay the wait between two attempts
 */
public record FulfilmentPartnerSettings(Path workDir, int sftpPort, int httpPort, String user, String password,
        String bearerToken, PartnerReturn answerBy, URI callbackUrl, String callbackSecret, long seed,
        String trackingPrefix, double twoParcelShare, Duration answerDelay, Duration lateDelay, Duration updateDelay,
        Duration pollInterval, double lateShare, double malformedShare, double duplicateShare, double updateShare,
        int callbackAttempts, Duration callbackRetryDelay) {

    public FulfilmentPartnerSettings {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(bearerToken, "bearerToken");
        Objects.requireNonNull(answerBy, "answerBy");
        Objects.requireNonNull(trackingPrefix, "trackingPrefix");
        Objects.requireNonNull(answerDelay, "answerDelay");
        Objects.requireNonNull(lateDelay, "lateDelay");
        Objects.requireNonNull(updateDelay, "updateDelay");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(callbackRetryDelay, "callbackRetryDelay");
        if (user.isBlank() || password.isEmpty() || bearerToken.isEmpty()) {
            throw new IllegalArgumentException("user, password and bearerToken must not be empty");
        }
        for (double share : new double[] {twoParcelShare, lateShare, malformedShare, duplicateShare, updateShare}) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("Each share must be between 0 and 1, got " + share);
            }
        }
        if (answerBy == PartnerReturn.HTTP_CALLBACK && (callbackUrl == null || callbackSecret == null
                || callbackSecret.isEmpty())) {
            throw new IllegalArgumentException("Answering by HTTP_CALLBACK needs the product's callback URL and the"
                    + " carrier's return secret; use withCallback(url, secret)");
        }
        if (callbackAttempts < 1) {
            throw new IllegalArgumentException("callbackAttempts must be at least 1, got " + callbackAttempts);
        }
        if (pollInterval.isZero() || pollInterval.isNegative()) {
            throw new IllegalArgumentException("pollInterval must be positive, got " + pollInterval);
        }
        if (!trackingPrefix.matches("[A-Z]{0,6}")) {
            throw new IllegalArgumentException("trackingPrefix must be up to six capital letters, got '"
                    + trackingPrefix + "'");
        }
    }

    /**
     * A temporary folder, any free ports, the simulator's own credentials, answers by SFTP after two
     * seconds, every third shipment in two parcels, no faults.
     */
    public static FulfilmentPartnerSettings defaults() {
        return new FulfilmentPartnerSettings(null, 0, 0, "partner", "partner-sftp-password", "partner-http-token",
                PartnerReturn.SFTP, null, null, 1L, "FP", 0.3, Duration.ofSeconds(2), Duration.ofMinutes(30),
                Duration.ofSeconds(10), Duration.ofMillis(500), 0, 0, 0, 0, 5, Duration.ofSeconds(2));
    }

    public FulfilmentPartnerSettings withWorkDir(Path folder) {
        return new FulfilmentPartnerSettings(folder, sftpPort, httpPort, user, password, bearerToken, answerBy,
                callbackUrl, callbackSecret, seed, trackingPrefix, twoParcelShare, answerDelay, lateDelay, updateDelay,
                pollInterval, lateShare, malformedShare, duplicateShare, updateShare, callbackAttempts,
                callbackRetryDelay);
    }

    public FulfilmentPartnerSettings withPorts(int sftp, int http) {
        return new FulfilmentPartnerSettings(workDir, sftp, http, user, password, bearerToken, answerBy, callbackUrl,
                callbackSecret, seed, trackingPrefix, twoParcelShare, answerDelay, lateDelay, updateDelay,
                pollInterval, lateShare, malformedShare, duplicateShare, updateShare, callbackAttempts,
                callbackRetryDelay);
    }

    public FulfilmentPartnerSettings withCredentials(String login, String secret, String token) {
        return new FulfilmentPartnerSettings(workDir, sftpPort, httpPort, login, secret, token, answerBy, callbackUrl,
                callbackSecret, seed, trackingPrefix, twoParcelShare, answerDelay, lateDelay, updateDelay,
                pollInterval, lateShare, malformedShare, duplicateShare, updateShare, callbackAttempts,
                callbackRetryDelay);
    }

    /** Answers by a file in the return folder ({@link PartnerReturn#SFTP} or {@link PartnerReturn#FOLDER}). */
    public FulfilmentPartnerSettings withAnswerBy(PartnerReturn channel) {
        return new FulfilmentPartnerSettings(workDir, sftpPort, httpPort, user, password, bearerToken, channel,
                callbackUrl, callbackSecret, seed, trackingPrefix, twoParcelShare, answerDelay, lateDelay, updateDelay,
                pollInterval, lateShare, malformedShare, duplicateShare, updateShare, callbackAttempts,
                callbackRetryDelay);
    }

    /** Answers by HTTP callback to {@code url} with {@code Authorization: Bearer secret}. */
    public FulfilmentPartnerSettings withCallback(URI url, String secret) {
        return new FulfilmentPartnerSettings(workDir, sftpPort, httpPort, user, password, bearerToken,
                PartnerReturn.HTTP_CALLBACK, url, secret, seed, trackingPrefix, twoParcelShare, answerDelay, lateDelay,
                updateDelay, pollInterval, lateShare, malformedShare, duplicateShare, updateShare, callbackAttempts,
                callbackRetryDelay);
    }

    /** Faults drawn per shipment from {@code seed} and its reference: the same seed, the same faults and numbers. */
    public FulfilmentPartnerSettings withFaults(long drawSeed, double late, double malformed, double duplicate,
            double update) {
        return new FulfilmentPartnerSettings(workDir, sftpPort, httpPort, user, password, bearerToken, answerBy,
                callbackUrl, callbackSecret, drawSeed, trackingPrefix, twoParcelShare, answerDelay, lateDelay,
                updateDelay, pollInterval, late, malformed, duplicate, update, callbackAttempts, callbackRetryDelay);
    }

    public FulfilmentPartnerSettings withSeed(long drawSeed) {
        return withFaults(drawSeed, lateShare, malformedShare, duplicateShare, updateShare);
    }

    public FulfilmentPartnerSettings withTwoParcelShare(double share) {
        return new FulfilmentPartnerSettings(workDir, sftpPort, httpPort, user, password, bearerToken, answerBy,
                callbackUrl, callbackSecret, seed, trackingPrefix, share, answerDelay, lateDelay, updateDelay,
                pollInterval, lateShare, malformedShare, duplicateShare, updateShare, callbackAttempts,
                callbackRetryDelay);
    }

    public FulfilmentPartnerSettings withDelays(Duration answer, Duration late, Duration update) {
        return new FulfilmentPartnerSettings(workDir, sftpPort, httpPort, user, password, bearerToken, answerBy,
                callbackUrl, callbackSecret, seed, trackingPrefix, twoParcelShare, answer, late, update, pollInterval,
                lateShare, malformedShare, duplicateShare, updateShare, callbackAttempts, callbackRetryDelay);
    }

    public FulfilmentPartnerSettings withPollInterval(Duration interval) {
        return new FulfilmentPartnerSettings(workDir, sftpPort, httpPort, user, password, bearerToken, answerBy,
                callbackUrl, callbackSecret, seed, trackingPrefix, twoParcelShare, answerDelay, lateDelay, updateDelay,
                interval, lateShare, malformedShare, duplicateShare, updateShare, callbackAttempts,
                callbackRetryDelay);
    }

    public FulfilmentPartnerSettings withCallbackRetries(int attempts, Duration delay) {
        return new FulfilmentPartnerSettings(workDir, sftpPort, httpPort, user, password, bearerToken, answerBy,
                callbackUrl, callbackSecret, seed, trackingPrefix, twoParcelShare, answerDelay, lateDelay, updateDelay,
                pollInterval, lateShare, malformedShare, duplicateShare, updateShare, attempts, delay);
    }

    /** The password and tokens never appear in logs or error texts. */
    @Override
    public String toString() {
        return "FulfilmentPartnerSettings[workDir=" + workDir + ", sftpPort=" + sftpPort + ", httpPort=" + httpPort
                + ", user=" + user + ", answerBy=" + answerBy + ", callbackUrl=" + callbackUrl + ", seed=" + seed
                + ", late=" + lateShare + ", malformed=" + malformedShare + ", duplicate=" + duplicateShare
                + ", update=" + updateShare + "]";
    }
}
